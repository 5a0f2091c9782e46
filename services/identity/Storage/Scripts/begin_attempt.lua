-- Claims one attempt at checking a credential before the check runs, so concurrent guesses cannot overrun the
-- limit: the attempt counts as a failure until finish_attempt.lua records a success.
-- KEYS[1] the limiter hash; ARGV[1] now (ms), ARGV[2] max consecutive failures.
-- Returns {status, a, b}: {'ok', this attempt's failure number, its total-failure number} | {'locked', 0, locked_until_ms}
-- | {'disabled', 0, 0}
local r = redis.call('HMGET', KEYS[1], 'failures', 'locked_until', 'disabled')
if r[3] == '1' then return {'disabled', 0, 0} end
local now, max = tonumber(ARGV[1]), tonumber(ARGV[2])
local failures, locked = tonumber(r[1] or '0'), tonumber(r[2] or '0')
if locked > now then return {'locked', 0, locked} end
if locked > 0 then
  failures = 0
  redis.call('HSET', KEYS[1], 'failures', 0, 'locked_until', 0)
end
if failures >= max then return {'locked', 0, 0} end
local number = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local total = redis.call('HINCRBY', KEYS[1], 'total', 1)
return {'ok', number, total}
