-- OpenLine: creates the line and books its limit, once. Opening again with the same terms returns the line;
-- different terms are a conflict (limits do not change through OpenLine).
--   ARGV[14] limit   ARGV[15] cash sub-limit   ARGV[16] statement day   ARGV[17] user single limit   ARGV[18] user daily limit
-- Reply: { outcome, detail, false, line }.
local limit, cash_limit, statement_day = tonumber(ARGV[14]), tonumber(ARGV[15]), tonumber(ARGV[16])

local line = read_line()
if line then
  if line.limit == limit and line.cash_limit == cash_limit and line.statement_day == statement_day then
    return { 'existing', 0, false, line_reply(line) }
  end
  return { 'line_conflict', 0, false, line_reply(line) }
end

redis.call('HSET', line_key, 'limit', fen(limit), 'cash_limit', fen(cash_limit), 'used', 0, 'held', 0,
           'statement_day', statement_day, 'single', ARGV[17], 'daily', ARGV[18], 'repaid', 0,
           'opened_at', fen(now_ms))
ledger('open', account('available'), 'platform:credit_facility', limit, 'open')
return { 'opened', 0, false, line_reply(read_line()) }
