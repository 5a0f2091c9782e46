-- Writes an SMS into the outbox of one phone, once per message id, keeping the newest ARGV[3].
-- KEYS[1] messages hash (id → JSON), KEYS[2] order zset, KEYS[3] sequence;
-- ARGV[1] message id, ARGV[2] message JSON, ARGV[3] how many to keep. Returns 1 when written, 0 for a duplicate.
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
local seq = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], seq, ARGV[1])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[3])
if excess > 0 then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
  for _, id in ipairs(oldest) do redis.call('HDEL', KEYS[1], id) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
end
return 1
