-- Settles one payout whose arrival time has come, with the outcome decided when it was accepted.
-- KEYS[1] the payout hash   KEYS[2] the settlement schedule   ARGV[1] key   ARGV[2] now (Unix ms)
-- Returns the payout hash if this call settled it, an empty array otherwise.
redis.call('ZREM', KEYS[2], ARGV[1])
if redis.call('HGET', KEYS[1], 'status') ~= 'pending' then
  return {}
end
local outcome = redis.call('HGET', KEYS[1], 'outcome')
redis.call('HSET', KEYS[1], 'status', outcome, 'settled_at', ARGV[2])
if outcome == 'failed' then
  redis.call('HSET', KEYS[1], 'reason', 'the receiving bank returned the transfer')
end
return redis.call('HGETALL', KEYS[1])
