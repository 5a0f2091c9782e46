-- Opens a review case or a report case with its alert, once.
--   KEYS[1] case (hash)   KEYS[2] all cases (zset)   KEYS[3] open cases (zset)   KEYS[4] topic risk.alert
--   KEYS[5] report marker (reporter + subject), KEYS[6] reports against the subject (zset): reports only
--   ARGV[1] case id   ARGV[2] opened at (unix ms)   ARGV[3] case (protobuf)   ARGV[4] report marker lifetime (ms)
--   ARGV[5..7] the alert as an outbox message (maxlen, CloudEvent, metadata)
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
  redis.call('SET', KEYS[5], case_id, 'PX', ARGV[4])
  redis.call('ZADD', KEYS[6], ARGV[2], case_id)
end
pubsub_publish(KEYS[4], ARGV[5], ARGV[6], ARGV[7])
return { 'opened', case_id }
