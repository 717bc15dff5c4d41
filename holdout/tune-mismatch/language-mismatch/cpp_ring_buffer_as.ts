#pragma once

#include <array>
#include <cstddef>
#include <optional>

template <typename T, std::size_t N>
class RingBuffer {
public:
    bool push(const T& value) {
        if (full()) {
            return false;
        }
        data_[head_] = value;
        head_ = (head_ + 1) % N;
        ++size_;
        return true;
    }

    std::optional<T> pop() {
        if (empty()) {
            return std::nullopt;
        }
        T value = data_[tail_];
        tail_ = (tail_ + 1) % N;
        --size_;
        return value;
    }

    bool empty() const { return size_ == 0; }
    bool full() const { return size_ == N; }
    std::size_t size() const { return size_; }

private:
    std::array<T, N> data_{};
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
    std::size_t size_ = 0;
};
