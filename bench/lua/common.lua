-- Shared by every scenario script: per-thread ids and random seeds, reading the data files the suite
-- wrote, counting statuses, and one machine-readable result line when wrk is done.
local common = {}

local threads = {}

-- Runs in wrk's main Lua state, once per thread, before the threads start.
function common.setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- Runs in each thread's own Lua state.
function common.init()
  math.randomseed(os.time() * 1000 + id)
  statuses = {}
  sent = 0
  late_max_ms = 0
  late_sends = 0
end

-- A steady offered rate instead of "as fast as answers come": with BENCH_RATE set (requests/s over all
-- BENCH_THREADS threads), each thread sends on its own schedule of evenly spaced slots, and a script that
-- sets `delay = common.delay` holds every request until its slot. After a stall the thread catches up (a
-- slot in the past sends at once), so a pause in the server delays the requests that arrive meanwhile, as
-- it would delay real shoppers; only a backlog older than a second is dropped. wrk times each request
-- from when it is sent, not from its slot: a slot can only be taken when one of the thread's connections is
-- free, so a stall longer than the thread's connections times the slot gap (64 connections at 3,000/s:
-- about 21 ms) holds requests back unmeasured. How far behind its slot each request went out is therefore
-- counted here (late_max_ms, and late_sends: more than BENCH_LATE_MS behind) and reported with the result.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock_now = ffi.new("bench_timespec")
local slot_ms, late_ms, next_slot

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock_now)
  return tonumber(clock_now.tv_sec) * 1000 + tonumber(clock_now.tv_nsec) / 1e6
end

function common.paced()
  local rate = os.getenv("BENCH_RATE")
  return rate ~= nil and rate ~= ""
end

function common.delay()
  if slot_ms == nil then
    slot_ms = 1000 * tonumber(common.env("BENCH_THREADS")) / tonumber(common.env("BENCH_RATE"))
    late_ms = tonumber(common.env("BENCH_LATE_MS"))
  end
  local now = now_ms()
  if next_slot == nil or next_slot < now - 1000 then
    next_slot = now
  end
  next_slot = next_slot + slot_ms
  local behind = now - next_slot
  if behind > late_max_ms then
    late_max_ms = behind
  end
  if behind > late_ms then
    late_sends = late_sends + 1
  end
  return math.max(0, math.floor(next_slot - now))
end

function common.env(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error("environment variable " .. name .. " is not set")
  end
  return value
end

function common.lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      table.insert(lines, line)
    end
  end
  if #lines == 0 then
    error(path .. " is empty")
  end
  return lines
end

-- Shoppers as the suite wrote them: email <TAB> password <TAB> token.
function common.shoppers(path)
  local shoppers = {}
  for _, line in ipairs(common.lines(path)) do
    local email, password, token = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    table.insert(shoppers, { email = email, password = password, token = token })
  end
  return shoppers
end

function common.pick(list)
  return list[math.random(#list)]
end

function common.auth(shopper)
  return { ["Authorization"] = "Bearer " .. shopper.token }
end

function common.bearer(shopper)
  return { ["Authorization"] = "Bearer " .. shopper.token, ["Content-Type"] = "application/json" }
end

-- A unique key per checkout: run nonce, thread and sequence number.
function common.idempotency_key()
  sent = sent + 1
  return string.format("%s-%d-%d", common.env("BENCH_RUN"), id, sent)
end

-- 1 to n distinct products as a JSON items array, each with quantity 1.
function common.items(products, n)
  local chosen, parts = {}, {}
  n = math.min(n, #products)
  while #parts < n do
    local product = common.pick(products)
    if not chosen[product] then
      chosen[product] = true
      table.insert(parts, string.format('{"productId":"%s","quantity":1}', product))
    end
  end
  return "[" .. table.concat(parts, ",") .. "]"
end

common.address = '{"fullName":"Bench Shopper","line1":"1 Load Street","city":"Springfield",'
  .. '"postalCode":"12345","country":"US","phone":"+1 555 0100"}'

-- Counting statuses in Lua costs wrk a copy of every response into Lua, which at 10,000+ requests/s
-- takes CPU from the server it shares the machine with. Scripts therefore count them only where the mix
-- of successful statuses matters (BENCH_COUNT_STATUSES=1); otherwise wrk's own count of answers >= 400
-- is the error count.
function common.counting()
  return os.getenv("BENCH_COUNT_STATUSES") == "1"
end

function common.response(status)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function common.done(summary, latency, requests)
  local merged = {}
  local late_max, late_count = 0, 0
  for _, thread in ipairs(threads) do
    late_max = math.max(late_max, thread:get("late_max_ms") or 0)
    late_count = late_count + (thread:get("late_sends") or 0)
    local counts = thread:get("statuses")
    if counts ~= nil then
      for status, count in pairs(counts) do
        merged[status] = (merged[status] or 0) + count
      end
    end
  end
  local parts = {}
  for status, count in pairs(merged) do
    table.insert(parts, string.format('"%s":%d', status, count))
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,'
      .. '"meanUs":%.1f,"connect":%d,"read":%d,"write":%d,"timeout":%d,"statusErrors":%d,"statuses":{%s},'
      .. '"lateMaxMs":%.1f,"lateSends":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.timeout, e.status,
    table.concat(parts, ","), late_max, late_count))
end

return common
