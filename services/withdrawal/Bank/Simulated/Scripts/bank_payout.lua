-- The simulated bank receives a payout: counts every request for the key, and records the payout only the first time.
-- KEYS[1] the payout hash   KEYS[2] the settlement schedule (sorted set scored by arrival time)
-- ARGV[1] key   ARGV[2] decision: 'accept' or 'reject'   ARGV[3] reason (for a refusal)
-- ARGV[4] settlement outcome decided now: 'settled' or 'failed'   ARGV[5] bank reference   ARGV[6] received (Unix ms)
-- ARGV[7] expected arrival (Unix ms)   ARGV[8] amount   ARGV[9] card last4   ARGV[10] bank code   ARGV[11] client reference
-- Returns the payout hash as a flat field/value array.
redis.call('HINCRBY', KEYS[1], 'requests', 1)
if not redis.call('HGET', KEYS[1], 'status') then
  redis.call('HSET', KEYS[1], 'key', ARGV[1], 'reference', ARGV[5], 'received', ARGV[6], 'amount', ARGV[8],
    'last4', ARGV[9], 'bank', ARGV[10], 'client_ref', ARGV[11])
  if ARGV[2] == 'reject' then
    redis.call('HSET', KEYS[1], 'status', 'rejected', 'reason', ARGV[3])
  else
    redis.call('HSET', KEYS[1], 'status', 'pending', 'arrival', ARGV[7], 'outcome', ARGV[4])
    redis.call('ZADD', KEYS[2], ARGV[7], ARGV[1])
  end
end
return redis.call('HGETALL', KEYS[1])
