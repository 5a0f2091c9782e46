-- Repay: idempotent by operation id; restores available credit by reducing what the user owes.
--   KEYS[7] topic credit.repaid   KEYS[8] repayment marker (string: the amount)
--   ARGV[14] operation id   ARGV[15] amount   ARGV[16] sweep batch
-- Reply: { outcome, detail, false, line or false }.
local marker_key = KEYS[8]
local op, amount = ARGV[14], tonumber(ARGV[15])

local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[16]))

local previous = redis.call('GET', marker_key)
if previous then
  if tonumber(previous) ~= amount then return { 'operation_conflict', tonumber(previous), false, line_reply(line) } end
  return { 'existing', 0, false, line_reply(line) }
end
if amount > line.used then return { 'repayment_exceeds_balance', line.used, false, line_reply(line) } end

redis.call('SET', marker_key, fen(amount))
redis.call('HINCRBY', line_key, 'used', -amount)
redis.call('HINCRBY', line_key, 'repaid', amount)
line.used = line.used - amount
line.repaid = line.repaid + amount
ledger(op, account('available'), account('receivable'), amount, 'repay')
emit(own_topic, 'repaid', op, amount, line)
return { 'repaid', 0, false, line_reply(line) }
