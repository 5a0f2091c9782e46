-- Publishes a rule set as the next version if the caller based it on the current one (optimistic concurrency).
--   KEYS[1] current version   ARGV[1] expected current version ('' = none yet)   ARGV[2] rule set (protobuf)
--   ARGV[3] version key prefix (same hash tag as KEYS[1])
-- Reply: { 'published', new version } or { 'conflict', current version }.
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return { 'conflict', current } end
local version = tostring((tonumber(current) or 0) + 1)
redis.call('SET', ARGV[3] .. version, ARGV[2])
redis.call('SET', KEYS[1], version)
return { 'published', version }
