-- Cancels a payout that has not settled; for a key never seen, leaves a tombstone so a late payout is refused.
-- KEYS[1] the payout hash   KEYS[2] the settlement schedule   ARGV[1] key   ARGV[2] now (Unix ms)
-- Returns the payout hash.
local status = redis.call('HGET', KEYS[1], 'status')
if not status or status == 'pending' then
  redis.call('HSET', KEYS[1], 'key', ARGV[1], 'status', 'cancelled', 'reason', 'cancelled by the sender', 'cancelled_at', ARGV[2])
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return redis.call('HGETALL', KEYS[1])
