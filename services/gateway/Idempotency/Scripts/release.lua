-- Gives up a claim without storing a response (the outcome was transient), so a retry can execute.
-- KEYS[1]  the key's record   ARGV[1]  the claim token
-- Returns 1 when released, 0 when the claim was not this request's.
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
