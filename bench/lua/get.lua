-- GET one of the paths in $BENCH_PATHS (one per line), chosen at random for every request.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local requests

setup = common.setup
if common.counting() then
  response = common.response
end
done = common.done

function init(args)
  common.init()
  requests = {}
  for _, path in ipairs(common.lines(common.env("BENCH_PATHS"))) do
    table.insert(requests, wrk.format("GET", path))
  end
end

function request()
  return common.pick(requests)
end
