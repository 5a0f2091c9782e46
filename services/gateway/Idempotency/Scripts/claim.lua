-- Claims an Idempotency-Key for one request, or reports what an earlier request with the same key left behind.
-- KEYS[1]  the key's record (a hash in the user's slot)
-- ARGV[1]  the request's fingerprint   ARGV[2]  a token naming this claim   ARGV[3]  how long the claim lives (ms)
-- Returns {'claimed'} | {'mismatch'} | {'pending'} | {'done', status, content type, location, body}
local record = redis.call('HMGET', KEYS[1], 'state', 'fingerprint', 'status', 'type', 'location', 'body')
if not record[1] then
  redis.call('HSET', KEYS[1], 'state', 'pending', 'fingerprint', ARGV[1], 'token', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return {'claimed'}
end
if record[2] ~= ARGV[1] then
  return {'mismatch'}
end
if record[1] == 'pending' then
  return {'pending'}
end
return {'done', record[3], record[4], record[5], record[6]}
