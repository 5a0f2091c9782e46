-- Keeps an assessment for its operation (first one wins) and, with it, the alert it raises.
--   KEYS[1] assessment   KEYS[2] topic risk.alert
--   ARGV[1] assessment (protobuf)   ARGV[2] lifetime (ms)   ARGV[3] '1' to publish the alert
--   ARGV[4..6] the alert as an outbox message (maxlen, CloudEvent, metadata)
-- Reply: { 'recorded' | 'existing', the assessment kept }.
local existing = redis.call('GET', KEYS[1])
if existing then return { 'existing', existing } end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if ARGV[3] == '1' then pubsub_publish(KEYS[2], ARGV[4], ARGV[5], ARGV[6]) end
return { 'recorded', ARGV[1] }
