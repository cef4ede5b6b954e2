// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// retention-number-pool.c in C++: a free list of pointers to numbers (an
// array or a std::vector of them) links to each number where it is; a
// std::vector of the numbers holds copies, and a string is the data.

#include <privacy/annotations.h>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using m_tmsi_t = std::uint32_t;
class TmsiPool {
public:
  void release(m_tmsi_t *m_tmsi) {
    free_[tail_] = m_tmsi;
    tail_ = (tail_ + 1) % 64;
    spare_.push_back(m_tmsi);
  }

private:
  int tail_ = 0;
  m_tmsi_t *free_[64] = {};
  std::vector<m_tmsi_t *> spare_;
};
static TmsiPool g_pool;
static std::vector<m_tmsi_t *> g_free;

void ueRemove(PRIVACY_SUBSCRIBER_ID m_tmsi_t *m_tmsi) {
  g_pool.release(m_tmsi);
  g_free.push_back(m_tmsi);
}

static std::vector<m_tmsi_t> g_recent;
static std::vector<std::string> g_names;
static const std::byte *g_last_bytes;
// std::byte is a byte, not a number: a pointer to bytes is the data.
void bytesKeep(const std::byte *bytes) { g_last_bytes = bytes; }
// CHECK: :[[@LINE-1]]:55: warning: subscriber identifier 'imsiBytes' is retained
void tmsiKeep(m_tmsi_t &m_tmsi) { g_recent.push_back(m_tmsi); }
// CHECK: :[[@LINE-1]]:44: warning: subscriber identifier 'm_tmsi' is retained
void nameKeep(const std::string &name) { g_names.push_back(name); }
// CHECK: :[[@LINE-1]]:50: warning: subscriber identifier 'imsi' is retained

void ueKept(PRIVACY_SUBSCRIBER_ID m_tmsi_t *m_tmsi,
            PRIVACY_SUBSCRIBER_ID const std::string &imsi,
            PRIVACY_SUBSCRIBER_ID const std::byte *imsiBytes) {
  tmsiKeep(*m_tmsi);
  nameKeep(imsi);
  bytesKeep(imsiBytes);
}
