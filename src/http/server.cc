// SPDX-License-Identifier: Apache-2.0
#include "http/server.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "http/asio.h"
#include "http/error_mapping.h"

namespace motcua::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

Request ToRequest(const bhttp::request<bhttp::string_body>& in, const std::string& remote,
                  std::string request_id) {
  Request r;
  r.method = std::string(in.method_string());
  const std::string_view target(in.target().data(), in.target().size());
  const auto qpos = target.find('?');
  r.path = PercentDecode(target.substr(0, qpos), false);
  if (qpos != std::string_view::npos) r.query = ParseQuery(target.substr(qpos + 1));
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = std::string(field.value());
  }
  r.body = in.body();
  r.remote = remote;
  r.request_id = std::move(request_id);
  return r;
}

// File uploads get their own, larger body limit: POST .../components/{id}/files and a
// procedure's form template, PUT .../components/{id}/template.
bool IsUploadTarget(boost::beast::string_view target) {
  const std::string_view t(target.data(), target.size());
  const std::string_view path = t.substr(0, t.find('?'));
  return path.find("/components/") != std::string_view::npos &&
         (path.ends_with("/files") || path.ends_with("/template"));
}

bhttp::response<bhttp::string_body> ToBeast(Response&& in, unsigned version, bool keep_alive,
                                            bool head, const std::string& request_id) {
  bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(in.status), version};
  res.set(bhttp::field::server, "motcua");
  res.set(bhttp::field::content_type, in.content_type);
  res.set("X-Request-Id", request_id);
  res.set("X-Content-Type-Options", "nosniff");
  for (auto& [name, value] : in.headers) res.insert(name, value);
  res.keep_alive(keep_alive);
  const size_t size = in.body.size();
  if (!head) res.body() = std::move(in.body);
  res.content_length(size);
  return res;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Dispatch dispatch;
  asio::io_context ioc;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc};
  std::atomic<bool> stopping{false};
  std::atomic<unsigned long long> next_id{1};
  std::string id_prefix;

  // Live connections, so that Stop() can close the idle ones.
  struct Connection {
    asio::any_io_executor executor;  // the connection's strand
    beast::tcp_stream* stream;       // null once the session has ended; touched on the strand
    std::atomic<bool> busy{false};
  };
  std::mutex connections_mutex;
  std::set<std::shared_ptr<Connection>> connections;  // GUARDED_BY(connections_mutex)

  Impl(ServerOptions o, Dispatch d) : options(std::move(o)), dispatch(std::move(d)) {
    id_prefix = std::to_string(static_cast<unsigned>(
                    std::chrono::system_clock::now().time_since_epoch().count() % 1000000)) + "-";
  }

  Response Handle(Request& request) {
    try {
      return dispatch(request);
    } catch (const std::exception& e) {
      spdlog::error("request {} {} {} failed: {}", request.request_id, request.method,
                    request.path, e.what());
    } catch (...) {
      spdlog::error("request {} {} {} failed with an unknown exception", request.request_id,
                    request.method, request.path);
    }
    return ErrorResponse(MakeError(ErrorCode::kInternal, "unhandled exception"),
                         request.request_id);
  }

  asio::awaitable<void> Write(beast::tcp_stream& stream, Response&& response, unsigned version,
                              bool keep_alive, bool head, const std::string& id,
                              boost::system::error_code& ec) {
    auto res = ToBeast(std::move(response), version, keep_alive, head, id);
    stream.expires_after(options.read_timeout);
    co_await bhttp::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
  }

  void LogAccess(const std::string& id, const std::string& remote, std::string_view method,
                 std::string_view target, int status, size_t bytes, Clock::time_point start) {
    if (!options.access_log) return;
    const auto us =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
    const nlohmann::json line = {{"type", "access"}, {"id", id},
                                 {"remote", remote}, {"method", std::string(method)},
                                 {"target", std::string(target)}, {"status", status},
                                 {"bytes", bytes},   {"ms", us / 1000.0}};
    spdlog::info(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

  asio::awaitable<void> Session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    auto conn = std::make_shared<Connection>();
    conn->executor = stream.get_executor();
    conn->stream = &stream;
    {
      std::lock_guard lock(connections_mutex);
      connections.insert(conn);
    }
    boost::system::error_code ec;
    std::string remote;
    {
      auto ep = stream.socket().remote_endpoint(ec);
      if (!ec) remote = ep.address().to_string();
    }
    beast::flat_buffer buffer;
    bool first = true;
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      // Beast checks Content-Length against the limit while parsing the header, before the
      // target is known: start from the larger upload limit and lower it below.
      parser.body_limit(std::max(options.body_limit, options.upload_body_limit));
      stream.expires_after(first ? options.read_timeout : options.idle_timeout);
      first = false;
      // Wait for the first byte of the next request, then allow read_timeout for the rest.
      co_await bhttp::async_read_header(stream, buffer, parser,
                                        asio::redirect_error(asio::use_awaitable, ec));
      conn->busy = true;
      const auto start = Clock::now();
      const std::string id = id_prefix + std::to_string(next_id++);
      size_t body_limit = options.body_limit;
      auto read_timeout = options.read_timeout;
      if (!ec) {
        if (IsUploadTarget(parser.get().target())) {
          body_limit = options.upload_body_limit;
          read_timeout = options.upload_read_timeout;
        }
        parser.body_limit(body_limit);  // enforced from here on, e.g. for chunked bodies
        const auto declared = parser.content_length();
        if (declared && *declared > body_limit) ec = bhttp::error::body_limit;
      }
      if (!ec && !parser.is_done()) {
        // Honour "Expect: 100-continue" before reading the body.
        if (parser.get()[bhttp::field::expect] == "100-continue") {
          bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, 11};
          co_await bhttp::async_write(stream, cont, asio::redirect_error(asio::use_awaitable, ec));
        }
        if (!ec) {
          stream.expires_after(read_timeout);
          co_await bhttp::async_read(stream, buffer, parser,
                                     asio::redirect_error(asio::use_awaitable, ec));
        }
      }
      if (ec) {
        if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
            ec == beast::error::timeout || ec == asio::error::eof ||
            ec == asio::error::connection_reset) {
          break;
        }
        // The request could not be read: say why, then close.
        Error err = MakeError(ErrorCode::kInvalidArgument, "Yêu cầu HTTP không hợp lệ", "",
                              "bad_request");
        int status_override = 0;
        if (ec == bhttp::error::body_limit) {
          err = MakeError(ErrorCode::kPayloadTooLarge,
                          "Nội dung yêu cầu vượt quá giới hạn " +
                              std::to_string(body_limit / 1024) + " KB",
                          "", "payload_too_large");
        } else if (ec == bhttp::error::header_limit) {
          err = MakeError(ErrorCode::kInvalidArgument, "Phần đầu yêu cầu quá lớn", "",
                          "bad_request");
          status_override = 431;
        }
        Response resp = ErrorResponse(err, id);
        if (status_override) resp.status = status_override;
        const int status = resp.status;
        boost::system::error_code wec;
        co_await Write(stream, std::move(resp), 11, false, false, id, wec);
        LogAccess(id, remote, "-", "-", status, 0, start);
        break;
      }
      auto beast_req = parser.release();
      Request req = ToRequest(beast_req, remote, id);
      Response resp = Handle(req);
      const int status = resp.status;
      const size_t bytes = resp.body.size();
      const bool keep_alive = beast_req.keep_alive() && !stopping;
      co_await Write(stream, std::move(resp), beast_req.version(), keep_alive,
                     beast_req.method() == bhttp::verb::head, id, ec);
      LogAccess(id, remote, std::string(beast_req.method_string()), std::string(beast_req.target()),
                status, bytes, start);
      conn->busy = false;
      if (ec || !keep_alive) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    conn->stream = nullptr;
    std::lock_guard lock(connections_mutex);
    connections.erase(conn);
  }

  asio::awaitable<void> Accept() {
    for (;;) {
      tcp::socket socket(asio::make_strand(ioc));
      boost::system::error_code ec;
      co_await acceptor.async_accept(socket, asio::redirect_error(asio::use_awaitable, ec));
      if (stopping || ec == asio::error::operation_aborted) co_return;
      if (ec) {
        spdlog::warn("accept failed: {}", ec.message());
        continue;
      }
      auto executor = socket.get_executor();
      asio::co_spawn(executor, Session(std::move(socket)), [](std::exception_ptr e) {
        if (!e) return;
        try {
          std::rethrow_exception(e);
        } catch (const std::exception& ex) {
          spdlog::error("session ended with an exception: {}", ex.what());
        }
      });
    }
  }

  void BeginStop() {
    if (stopping.exchange(true)) return;
    spdlog::info("stopping: no new connections; finishing requests in flight");
    asio::post(ioc, [this] {
      boost::system::error_code ec;
      acceptor.close(ec);
      signals.cancel(ec);
      std::lock_guard lock(connections_mutex);
      for (const auto& c : connections) {
        if (c->busy) continue;  // it closes itself after answering
        asio::post(c->executor, [c] {
          if (c->stream) c->stream->socket().cancel();
        });
      }
    });
  }
};

Server::Server(ServerOptions options, Dispatch dispatch)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(dispatch))) {}

Server::~Server() = default;

Status Server::Listen() {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.address, ec);
  if (ec) {
    return MakeError(ErrorCode::kInvalidArgument, "invalid address " + impl_->options.address);
  }
  tcp::endpoint endpoint(address, impl_->options.port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return MakeError(ErrorCode::kUnavailable, "cannot listen on " + impl_->options.address + ":" +
                                                  std::to_string(impl_->options.port) + ": " +
                                                  ec.message());
  }
  return Ok();
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run() {
  Impl& s = *impl_;
  if (s.options.handle_signals) {
    s.signals.add(SIGTERM);
    s.signals.add(SIGINT);
    s.signals.async_wait([this](const boost::system::error_code& ec, int) {
      if (!ec) impl_->BeginStop();
    });
  }
  asio::co_spawn(s.ioc, s.Accept(), [](std::exception_ptr e) {
    if (!e) return;
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& ex) {
      spdlog::error("acceptor stopped with an exception: {}", ex.what());
    }
  });
  std::vector<std::thread> threads;
  for (int i = 1; i < s.options.threads; ++i) threads.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (auto& t : threads) t.join();
  spdlog::info("stopped");
}

void Server::Stop() { impl_->BeginStop(); }

}  // namespace motcua::http
