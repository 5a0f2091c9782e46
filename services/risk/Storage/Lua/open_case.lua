-- Opens a review case or a report case with its alert, once.
--   KEYS[1] case (hash)   KEYS[2] all cases (zset)   KEYS[3] open cases (zset)   KEYS[4] topic risk.alert
--   KEYS[5] report marker (reporter + subject), KEYS[6] reports against the subject (zset): reports only
--   ARGV[1] case id   ARGV[2] opened at (unix ms)   ARGV[3] case (protobuf)   ARGV[4] alert CloudEvent JSON
--   ARGV[5] topic length cap   ARGV[6] report marker lifetime (ms)
-- Reply: { 'opened' | 'existing', case id }.
local case_id = ARGV[1]
if KEYS[5] then
  local reported = redis.call('GET', KEYS[5])
  if reported then return { 'existing', reported } end
end
if redis.call('EXISTS', KEYS[1]) == 1 then return { 'existing', case_id } end

redis.call('HSET', KEYS[1], 'case', ARGV[3], 'status', 'open')
redis.call('ZADD', KEYS[2], ARGV[2], case_id)
redis.call('ZADD', KEYS[3], ARGV[2], case_id)
if KEYS[5] then
  redis.call('SET', KEYS[5], case_id, 'PX', ARGV[6])
  redis.call('ZADD', KEYS[6], ARGV[2], case_id)
end
redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'data', ARGV[4])
return { 'opened', case_id }
