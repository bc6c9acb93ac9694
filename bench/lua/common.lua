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
  from_slot = {}
  unstamped = 0
end

-- A steady offered rate instead of "as fast as answers come": with BENCH_RATE set (requests/s over all
-- BENCH_THREADS threads), each thread hands out evenly spaced slots, and a script that sets
-- `delay = common.delay` holds every request until a slot. After a stall the thread catches up (a slot in
-- the past sends at once), so a pause in the server delays the requests that arrive meanwhile, as it
-- would delay real shoppers; only a backlog older than a second is dropped.
--
-- wrk times each request from when it is sent, but a slot can only be taken when one of the thread's
-- connections is free: during a stall longer than the connections times the slot gap (64 connections at
-- 3,000/s: about 21 ms) shoppers wait for a connection before their request goes out ("coordinated
-- omission"). wrk only estimates those waits, adding made-up samples at each connection's mean interval
-- behind every slow answer. So a paced script stamps each request with its slot (common.stamp) and times
-- its answer from that slot (common.timed), as wrk2 does: the latency of a shopper arriving on schedule.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock_now = ffi.new("bench_timespec")
local slot_ms, next_slot
-- Slots handed out by delay() and not yet taken by a request, oldest first.
local waiting, oldest, newest = {}, 1, 0
local SLOT_HEADER = "X-Request-Id"
local BUCKET_US = 10

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
  end
  local now = now_ms()
  if next_slot == nil or next_slot < now - 1000 then
    next_slot = now
  end
  next_slot = next_slot + slot_ms
  newest = newest + 1
  waiting[newest] = next_slot
  return math.max(0, math.floor(next_slot - now))
end

-- The request about to go out takes the oldest waiting slot, as a free connection serves the shopper who
-- has waited longest. The shop echoes X-Request-Id in its answer, which names the slot back to common.timed.
-- wrk's timers tick in whole milliseconds, so a request may go out just before its slot: it is then timed
-- from its send, as wrk times it.
function common.stamp(headers)
  local slot = waiting[oldest]
  local now = now_ms()
  if slot == nil then
    slot = now
  else
    waiting[oldest] = nil
    oldest = oldest + 1
  end
  headers[SLOT_HEADER] = string.format("slot-%d", math.floor(math.min(slot, now) * 1000))
end

-- A response callback: counts the status when asked to, and files the answer's latency from its slot
-- in 10-microsecond buckets.
function common.timed(status, headers)
  if common.counting() then
    common.response(status)
  end
  local stamp = headers[SLOT_HEADER]
  local slot_us = stamp and tonumber(stamp:match("^slot%-(%d+)$"))
  if slot_us == nil then
    unstamped = unstamped + 1
    return
  end
  local bucket = math.floor((now_ms() * 1000 - slot_us) / BUCKET_US)
  from_slot[bucket] = (from_slot[bucket] or 0) + 1
end

-- count, p50, p90, p99 and max in microseconds of the merged buckets.
local function from_slot_summary(buckets)
  local keys, count = {}, 0
  for bucket, n in pairs(buckets) do
    table.insert(keys, bucket)
    count = count + n
  end
  table.sort(keys)
  local function percentile(p)
    local rank, seen = math.ceil(count * p / 100), 0
    for _, bucket in ipairs(keys) do
      seen = seen + buckets[bucket]
      if seen >= rank then
        return (bucket + 1) * BUCKET_US
      end
    end
    return 0
  end
  local max = #keys == 0 and 0 or (keys[#keys] + 1) * BUCKET_US
  return count, percentile(50), percentile(90), percentile(99), max
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
  local buckets, unstamped_count = {}, 0
  for _, thread in ipairs(threads) do
    for bucket, n in pairs(thread:get("from_slot") or {}) do
      buckets[bucket] = (buckets[bucket] or 0) + n
    end
    unstamped_count = unstamped_count + (thread:get("unstamped") or 0)
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
  local answers, p50, p90, p99, max = from_slot_summary(buckets)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,'
      .. '"meanUs":%.1f,"connect":%d,"read":%d,"write":%d,"timeout":%d,"statusErrors":%d,"statuses":{%s},'
      .. '"fromSlot":{"answers":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"unstamped":%d}}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.connect, e.read, e.write, e.timeout, e.status,
    table.concat(parts, ","), answers, p50, p90, p99, max, unstamped_count))
end

return common
