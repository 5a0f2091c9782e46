-- Reads the line (and a hold when KEYS[7] is given) after voiding whatever has expired: expiry is applied on
-- every access, and the background sweeper uses this script for lines nobody touches.
--   KEYS[7] hold (optional)   ARGV[7] operation id (with KEYS[7])   ARGV[8] sweep batch
-- Reply: { outcome, expired count, hold or false, line or false }.
local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
local expired = sweep(line, tonumber(ARGV[8]))
if not KEYS[7] then return { 'ok', expired, false, line_reply(line) } end

local hold = read_hold(KEYS[7])
if not hold then return { 'hold_not_found', expired, false, line_reply(line) } end
expire_if_due(line, ARGV[7], hold)
return { 'ok', expired, hold_reply(hold), line_reply(line) }
