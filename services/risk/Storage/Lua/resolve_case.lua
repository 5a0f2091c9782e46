-- Resolves an open case once, with its alert.
--   KEYS[1] case (hash)   KEYS[2] open cases (zset)   KEYS[3] resolved cases (zset)   KEYS[4] topic risk.alert
--   ARGV[1] case id   ARGV[2] resolved case (protobuf)   ARGV[3] resolution   ARGV[4] resolved at (unix ms)
--   ARGV[5..7] the alert as an outbox message (maxlen, CloudEvent, metadata)
-- Reply: { 'resolved' | 'already_resolved' | 'not_found', the case as stored }.
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return { 'not_found', '' } end
if status ~= 'open' then return { 'already_resolved', redis.call('HGET', KEYS[1], 'case') } end
redis.call('HSET', KEYS[1], 'case', ARGV[2], 'status', 'resolved', 'resolution', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
pubsub_publish(KEYS[4], ARGV[5], ARGV[6], ARGV[7])
return { 'resolved', ARGV[2] }
