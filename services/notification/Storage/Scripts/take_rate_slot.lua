-- A sliding-window rate limit: at most ARGV[3] slots within the last ARGV[2] ms.
-- KEYS[1] the window zset; ARGV[1] now (ms), ARGV[2] window (ms), ARGV[3] limit, ARGV[4] this slot's unique id.
-- Returns {1, 0} when the slot was taken, {0, retry_at_ms} when the window is full.
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}
