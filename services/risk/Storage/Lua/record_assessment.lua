-- Keeps an assessment for its operation (first one wins) and, with it, the alert it raises.
--   KEYS[1] assessment   KEYS[2] topic risk.alert
--   ARGV[1] assessment (protobuf)   ARGV[2] lifetime (ms)   ARGV[3] alert CloudEvent JSON ('' for none)   ARGV[4] topic length cap
-- Reply: { 'recorded' | 'existing', the assessment kept }.
local existing = redis.call('GET', KEYS[1])
if existing then return { 'existing', existing } end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if ARGV[3] ~= '' then redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'data', ARGV[3]) end
return { 'recorded', ARGV[1] }
