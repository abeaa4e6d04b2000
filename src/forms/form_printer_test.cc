// SPDX-License-Identifier: Apache-2.0
#include "forms/form_printer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <vector>

namespace motcua::forms {
namespace {

dossier::Dossier Named(std::string code, std::string note) {
  dossier::Dossier d;
  d.code = std::move(code);
  d.applicant.full_name = std::move(note);
  return d;
}

TEST(FormPrinterTest, PrintsEachChangeInOrderAndWaitForSeesThemDone) {
  std::mutex mu;
  std::vector<std::string> printed;
  std::atomic<bool> release{false};
  FormPrinter printer([&](const dossier::Dossier& d) {
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::lock_guard lock(mu);
    printed.push_back(d.code + ":" + d.applicant.full_name);
  });
  printer.Enqueue(Named("A", "1"));
  printer.Enqueue(Named("B", "1"));
  printer.Enqueue(Named("A", "2"));
  {
    std::lock_guard lock(mu);
    EXPECT_TRUE(printed.empty());  // the caller did not wait for the printing
  }
  release = true;
  printer.WaitFor("A");
  {
    std::lock_guard lock(mu);
    ASSERT_EQ(printed.size(), 3u);  // A's second change comes after B's in the queue
    EXPECT_EQ(printed[0], "A:1");
    EXPECT_EQ(printed[2], "A:2");
  }
  printer.WaitFor("never-queued");  // returns at once
}

TEST(FormPrinterTest, StoppingPrintsWhatIsStillQueued) {
  std::atomic<int> printed{0};
  {
    FormPrinter printer([&](const dossier::Dossier&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++printed;
    });
    for (int i = 0; i < 20; ++i) printer.Enqueue(Named("D" + std::to_string(i), ""));
  }
  EXPECT_EQ(printed, 20);
}

TEST(FormPrinterTest, DrainWaitsForEverything) {
  std::atomic<int> printed{0};
  FormPrinter printer([&](const dossier::Dossier&) { ++printed; });
  for (int i = 0; i < 50; ++i) printer.Enqueue(Named("D" + std::to_string(i % 7), ""));
  printer.Drain();
  EXPECT_EQ(printed, 50);
}

}  // namespace
}  // namespace motcua::forms
