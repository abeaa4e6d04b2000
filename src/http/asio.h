// SPDX-License-Identifier: Apache-2.0
// The one header that pulls in Asio and Beast (see STYLE.md toolchain notes).
#pragma once

// Boost 1.74's awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
