// SPDX-License-Identifier: Apache-2.0
// Prints the official forms on a worker thread, so that receiving a dossier at the counter does
// not wait for two PDFs to be laid out; whoever reads a dossier's forms waits for its own.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "dossier/dossier.h"

namespace motcua::forms {

// A queue of dossier changes and one worker that hands each to `print` in arrival order (a
// dossier's forms are therefore printed in the order of its transitions). Thread-safe.
class FormPrinter {
 public:
  using PrintFn = std::function<void(const dossier::Dossier&)>;

  explicit FormPrinter(PrintFn print);
  // Prints what is still queued, then stops.
  ~FormPrinter();
  FormPrinter(const FormPrinter&) = delete;
  FormPrinter& operator=(const FormPrinter&) = delete;

  // Queues the dossier as it is now (after a committed change).
  void Enqueue(const dossier::Dossier& d);
  // Returns once every change of dossier `code` queued so far has been printed.
  void WaitFor(std::string_view code);
  // Returns once everything queued so far has been printed.
  void Drain();

 private:
  void Work();

  PrintFn print_;
  std::mutex mu_;
  std::condition_variable work_;
  std::condition_variable done_;
  std::deque<dossier::Dossier> queue_;          // GUARDED_BY(mu_)
  std::map<std::string, int, std::less<>> pending_;  // GUARDED_BY(mu_): queued or printing
  bool stopping_ = false;                       // GUARDED_BY(mu_)
  std::thread worker_;
};

}  // namespace motcua::forms
