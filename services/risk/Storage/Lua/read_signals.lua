-- What the events taught about one user, for one assessment.
--   KEYS[1] withdrawals (zset id -> created at)   KEYS[2] withdrawal amounts (hash)   KEYS[3] devices (zset -> last seen)
--   KEYS[4] failed verifications (zset)           KEYS[5] profile (hash)   KEYS[6] known devices (set)
--   ARGV[1] the moment assessed (unix ms): windows end there   ARGV[2] operation id (left out of velocity)   ARGV[3] device id
-- Reply: { count 1h, amount 1h, count 24h, amount 24h, other devices 24h, device known, failures 24h,
--          credential changed at, registered at, first seen at, history count, history mean, history m2 }
-- (times and the mean and m2 as strings; '' when unknown).
local now, op, device = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local hour_ago, day_ago = now - 3600000, now - 86400000

local count1h, amount1h, count24h, amount24h = 0, 0, 0, 0
local recent = redis.call('ZRANGEBYSCORE', KEYS[1], day_ago, now, 'WITHSCORES')
local ids, ats = {}, {}
for i = 1, #recent, 2 do
  if recent[i] ~= op then
    ids[#ids + 1], ats[#ats + 1] = recent[i], tonumber(recent[i + 1])
  end
end
-- One HMGET per thousand withdrawals rather than an HGET each (and within unpack's limit on arguments).
for first = 1, #ids, 1000 do
  local last = math.min(first + 999, #ids)
  local amounts = redis.call('HMGET', KEYS[2], unpack(ids, first, last))
  for j = first, last do
    local amount = tonumber(amounts[j - first + 1] or '0')
    count24h, amount24h = count24h + 1, amount24h + amount
    if ats[j] >= hour_ago then count1h, amount1h = count1h + 1, amount1h + amount end
  end
end

local other_devices = 0
for _, seen in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], day_ago, now)) do
  if seen ~= device then other_devices = other_devices + 1 end
end
local device_known = redis.call('SISMEMBER', KEYS[6], device)
local failures = redis.call('ZCOUNT', KEYS[4], day_ago, now)

local p = redis.call('HMGET', KEYS[5], 'credential_changed_at', 'registered_at', 'first_seen_at', 'history_count',
                     'history_mean', 'history_m2')
return { count1h, amount1h, count24h, amount24h, other_devices, device_known, failures,
         p[1] or '', p[2] or '', p[3] or '', tonumber(p[4] or '0'), p[5] or '0', p[6] or '0' }
