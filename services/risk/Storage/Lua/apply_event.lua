-- Applies one event to a user's features, once per event id: the pub/sub library's dedupe mark and the change
-- commit together.
--   KEYS[1] dedupe key of the event (in the user's hash slot)   KEYS[2] withdrawals (zset)
--   KEYS[3] withdrawal amounts (hash)   KEYS[4] devices used (zset -> last seen)   KEYS[5] failed verifications (zset)
--   KEYS[6] profile (hash)   KEYS[7] known devices (set: trusted, or a withdrawal completed there)
--   ARGV[1] kind   ARGV[2] at (unix ms)   ARGV[3] dedupe lifetime (ms)   ARGV[4] withdrawal or event id
--   ARGV[5] amount (fen)   ARGV[6] device id ('' if none)
-- Reply: 'applied' or 'duplicate'.
if not pubsub_first_time(KEYS[1], ARGV[3]) then return 'duplicate' end
local kind, at_text, id, device = ARGV[1], ARGV[2], ARGV[4], ARGV[6]
local at = tonumber(at_text)
local keep_since = at - 2 * 86400000

redis.call('HSETNX', KEYS[6], 'first_seen_at', at_text)
if device ~= '' then
  redis.call('ZADD', KEYS[4], 'GT', at, device)
  if kind == 'withdrawal_completed' or kind == 'device_trusted' then redis.call('SADD', KEYS[7], device) end
end

if kind == 'withdrawal_created' then
  redis.call('ZADD', KEYS[2], at, id)
  redis.call('HSET', KEYS[3], id, ARGV[5])
  local old = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. keep_since)
  for _, stale in ipairs(old) do redis.call('HDEL', KEYS[3], stale) end
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. keep_since)
elseif kind == 'withdrawal_completed' then
  -- Welford's running mean and sum of squared deviations of completed amounts.
  local v = redis.call('HMGET', KEYS[6], 'history_count', 'history_mean', 'history_m2')
  local n, mean, m2 = tonumber(v[1] or '0') + 1, tonumber(v[2] or '0'), tonumber(v[3] or '0')
  local x = tonumber(ARGV[5])
  local delta = x - mean
  mean = mean + delta / n
  m2 = m2 + delta * (x - mean)
  redis.call('HSET', KEYS[6], 'history_count', n, 'history_mean', string.format('%.17g', mean),
             'history_m2', string.format('%.17g', m2))
elseif kind == 'verification_failed' then
  redis.call('ZADD', KEYS[5], at, id)
  redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', '(' .. keep_since)
elseif kind == 'credential_changed' then
  local previous = tonumber(redis.call('HGET', KEYS[6], 'credential_changed_at') or '0')
  if at > previous then redis.call('HSET', KEYS[6], 'credential_changed_at', at_text) end
elseif kind == 'registered' then
  redis.call('HSETNX', KEYS[6], 'registered_at', at_text)
end
return 'applied'
