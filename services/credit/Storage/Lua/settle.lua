-- Post (the held amount becomes used) or Void (it returns to available). Both are idempotent: settling a hold
-- again the same way returns it unchanged; settling it the other way fails.
--   KEYS[7] topic credit.hold_posted (voids go to KEYS[6])   KEYS[8] hold (hash)
--   ARGV[14] operation id   ARGV[15] 'post' or 'void'   ARGV[16] reason (void only)   ARGV[17] sweep batch
-- Reply: { outcome, detail, hold or false, line or false }.
local hold_key = KEYS[8]
local op, action, reason = ARGV[14], ARGV[15], ARGV[16]

local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[17]))

local hold = read_hold(hold_key)
if not hold then return { 'hold_not_found', 0, false, line_reply(line) } end
expire_if_due(line, op, hold)

if action == 'post' then
  if hold.state == 'posted' then return { 'unchanged', 0, hold_reply(hold), line_reply(line) } end
  if hold.state ~= 'pending' then return { 'hold_' .. hold.state, 0, hold_reply(hold), line_reply(line) } end
  redis.call('HSET', hold_key, 'state', 'posted', 'settled_at', fen(now_ms))
  redis.call('ZREM', expiries_key, op)
  redis.call('HINCRBY', line_key, 'held', -hold.amount)
  redis.call('HINCRBY', line_key, 'used', hold.amount)
  line.held = line.held - hold.amount
  line.used = line.used + hold.amount
  redis.call('HINCRBY', posted_key, today, hold.amount)
  ledger(op, account('receivable'), account('held'), hold.amount, 'post')
  emit(own_topic, 'posted', op, hold.amount, line)
  hold.state = 'posted'
  return { 'posted', 0, hold_reply(hold), line_reply(line) }
end

if hold.state == 'voided' or hold.state == 'expired' then return { 'unchanged', 0, hold_reply(hold), line_reply(line) } end
if hold.state ~= 'pending' then return { 'hold_' .. hold.state, 0, hold_reply(hold), line_reply(line) } end
release(line, op, hold, 'voided', reason)
return { 'voided', 0, hold_reply(hold), line_reply(line) }
