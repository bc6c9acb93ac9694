-- POST /api/auth/login with a random shopper's correct password.
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
  for _, shopper in ipairs(common.shoppers(common.env("BENCH_SHOPPERS"))) do
    local body = string.format('{"email":"%s","password":"%s"}', shopper.email, shopper.password)
    table.insert(requests, wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json" }, body))
  end
end

function request()
  return common.pick(requests)
end
