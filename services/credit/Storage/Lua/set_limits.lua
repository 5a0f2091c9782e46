-- SetUserLimits: the limits the user sets for themselves (already checked against the system caps).
--   ARGV[14] single-transaction limit   ARGV[15] daily limit   ARGV[16] sweep batch
-- Reply: { outcome, detail, false, line or false }.
local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[16]))
redis.call('HSET', line_key, 'single', ARGV[14], 'daily', ARGV[15])
line.single, line.daily = tonumber(ARGV[14]), tonumber(ARGV[15])
return { 'updated', 0, false, line_reply(line) }
