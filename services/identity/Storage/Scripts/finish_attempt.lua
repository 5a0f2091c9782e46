-- Records how a claimed attempt ended. A success clears the failures. A failure that was the attempt reaching the
-- maximum locks the credential until now + lock; one that reached the hard cap disables it until another factor
-- re-enables it. Judging by the attempt's own number means exactly one of several concurrent failures locks.
-- KEYS[1] the limiter hash; ARGV[1] now (ms), ARGV[2] '1' success | '0' failure, ARGV[3] max failures,
-- ARGV[4] lock duration (ms), ARGV[5] hard cap (0 for none), ARGV[6] the attempt's failure number, ARGV[7] its total.
-- Returns {status, attempts_left, locked_until_ms}: 'ok' | 'failed' | 'locked' | 'disabled'
local max = tonumber(ARGV[3])
if ARGV[2] == '1' then
  redis.call('HSET', KEYS[1], 'failures', 0, 'total', 0, 'locked_until', 0)
  return {'ok', max, 0}
end
local number, total, cap = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[5])
if cap > 0 and total == cap then
  redis.call('HSET', KEYS[1], 'disabled', '1')
  return {'disabled', 0, 0}
end
if number == max then
  local locked = tonumber(ARGV[1]) + tonumber(ARGV[4])
  redis.call('HSET', KEYS[1], 'locked_until', locked)
  return {'locked', 0, locked}
end
return {'failed', math.max(max - number, 0), 0}
