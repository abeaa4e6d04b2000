// SPDX-License-Identifier: Apache-2.0
#include "forms/form_printer.h"

namespace motcua::forms {

FormPrinter::FormPrinter(PrintFn print) : print_(std::move(print)) {
  worker_ = std::thread([this] { Work(); });
}

FormPrinter::~FormPrinter() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_.notify_all();
  worker_.join();
}

void FormPrinter::Enqueue(const dossier::Dossier& d) {
  {
    std::lock_guard lock(mu_);
    queue_.push_back(d);
    ++pending_[d.code];
  }
  work_.notify_one();
}

void FormPrinter::WaitFor(std::string_view code) {
  std::unique_lock lock(mu_);
  done_.wait(lock, [&] { return pending_.find(code) == pending_.end(); });
}

void FormPrinter::Drain() {
  std::unique_lock lock(mu_);
  done_.wait(lock, [&] { return pending_.empty(); });
}

void FormPrinter::Work() {
  std::unique_lock lock(mu_);
  for (;;) {
    work_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and everything printed
    dossier::Dossier d = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    print_(d);  // FormService::OnDossierChanged logs its own failures and never throws
    lock.lock();
    auto it = pending_.find(d.code);
    if (--it->second == 0) pending_.erase(it);
    done_.notify_all();
  }
}

}  // namespace motcua::forms
