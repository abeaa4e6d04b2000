// SPDX-License-Identifier: Apache-2.0
#include "bench/load_client.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>

#include "http/asio.h"

namespace motcua::bench {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using boost::system::error_code;

tcp::endpoint Loopback(unsigned short port) {
  return {asio::ip::address_v4::loopback(), port};
}

// Reads one response (status line, headers, a Content-Length body) from `socket`; bytes
// beyond it stay in `buffer` for the next one. Sets `close` when the server will close.
asio::awaitable<Reply> ReadReply(tcp::socket& socket, std::string& buffer, bool& close,
                                 error_code& ec) {
  Reply reply;
  const size_t head = co_await asio::async_read_until(
      socket, asio::dynamic_buffer(buffer), "\r\n\r\n", asio::redirect_error(asio::use_awaitable, ec));
  if (ec) co_return reply;
  std::string header = buffer.substr(0, head);
  buffer.erase(0, head);
  std::transform(header.begin(), header.end(), header.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (header.size() > 12) std::from_chars(header.data() + 9, header.data() + 12, reply.status);
  size_t length = 0;
  if (const auto at = header.find("\r\ncontent-length:"); at != std::string::npos) {
    size_t p = at + 17;
    while (p < header.size() && header[p] == ' ') ++p;
    std::from_chars(header.data() + p, header.data() + header.size(), length);
  }
  close = header.find("\r\nconnection: close") != std::string::npos;
  if (buffer.size() < length) {
    co_await asio::async_read(socket, asio::dynamic_buffer(buffer),
                              asio::transfer_exactly(length - buffer.size()),
                              asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return reply;
  }
  reply.body = buffer.substr(0, length);
  buffer.erase(0, length);
  co_return reply;
}

struct Run {
  const LoadSpec& spec;
  Clock::time_point deadline;
  std::uint64_t next = 0;
};

asio::awaitable<void> Drive(Run& run, tcp::socket socket, LoadResult& out) {
  std::string buffer;
  while (Clock::now() < run.deadline) {
    error_code ec;
    bool close = false;
    if (!socket.is_open()) {
      buffer.clear();
      socket = tcp::socket(co_await asio::this_coro::executor);
      co_await socket.async_connect(Loopback(run.spec.port),
                                    asio::redirect_error(asio::use_awaitable, ec));
      if (ec) {
        ++out.errors;
        socket.close(ec);
        continue;
      }
    }
    const std::string request = run.spec.make_request(run.next++);
    const auto start = Clock::now();
    co_await asio::async_write(socket, asio::buffer(request),
                               asio::redirect_error(asio::use_awaitable, ec));
    Reply reply;
    if (!ec) reply = co_await ReadReply(socket, buffer, close, ec);
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    if (ec || reply.status < 200 || reply.status > 299) {
      ++out.errors;
    } else {
      out.latencies_us.push_back(static_cast<std::uint32_t>(us.count()));
    }
    if (!ec && run.spec.on_reply) run.spec.on_reply(reply);
    if (ec || close) socket.close(ec);
  }
  error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
}

}  // namespace

std::string BuildRequest(std::string_view method, std::string_view target, const Headers& headers,
                         std::string_view body) {
  std::string out;
  out.reserve(256 + body.size());
  out.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  for (const auto& [name, value] : headers) out.append(name).append(": ").append(value).append("\r\n");
  if (!body.empty() || method == "POST" || method == "PUT") {
    out.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  out.append("\r\n").append(body);
  return out;
}

LoadResult RunLoad(const LoadSpec& spec) {
  asio::io_context ioc(1);
  std::vector<LoadResult> parts(static_cast<size_t>(spec.concurrency));
  std::vector<tcp::socket> sockets;
  for (int i = 0; i < spec.concurrency; ++i) {
    tcp::socket s(ioc);
    error_code ec;
    s.connect(Loopback(spec.port), ec);
    if (!ec) s.set_option(tcp::no_delay(true), ec);
    if (ec) s.close(ec);
    sockets.push_back(std::move(s));
  }
  const auto start = Clock::now();
  Run run{spec, start + spec.duration};
  for (int i = 0; i < spec.concurrency; ++i) {
    asio::co_spawn(ioc, Drive(run, std::move(sockets[i]), parts[i]), [](std::exception_ptr e) {
      if (!e) return;
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& ex) {
        spdlog::error("load connection failed: {}", ex.what());
      }
    });
  }
  ioc.run();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return Merge(std::move(parts), seconds);
}

Result<Reply> Fetch(unsigned short port, const std::string& request) {
  asio::io_context ioc(1);
  std::optional<Result<Reply>> out;
  asio::co_spawn(
      ioc,
      [&]() -> asio::awaitable<void> {
        tcp::socket socket(ioc);
        error_code ec;
        co_await socket.async_connect(Loopback(port), asio::redirect_error(asio::use_awaitable, ec));
        if (!ec) {
          co_await asio::async_write(socket, asio::buffer(request),
                                     asio::redirect_error(asio::use_awaitable, ec));
        }
        std::string buffer;
        bool close = false;
        Reply reply;
        if (!ec) reply = co_await ReadReply(socket, buffer, close, ec);
        if (ec) {
          out.emplace(MakeError(ErrorCode::kUnavailable, "request failed: " + ec.message()));
        } else {
          out.emplace(std::move(reply));
        }
      },
      [](std::exception_ptr e) {
        if (e) std::rethrow_exception(e);
      });
  ioc.run();
  if (!out) return MakeError(ErrorCode::kUnavailable, "request did not complete");
  return std::move(*out);
}

}  // namespace motcua::bench
