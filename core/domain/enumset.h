#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace spinesignal {

/// A set of enum values stored as a bit mask (bit n = value n); what the store keeps in one column.
template <typename Enum>
class EnumSet {
public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<Enum> values) {
        for (Enum v : values) {
            insert(v);
        }
    }
    static constexpr EnumSet fromBits(quint64 bits) {
        EnumSet s;
        s.m_bits = bits;
        return s;
    }

    constexpr void insert(Enum v) { m_bits |= bit(v); }
    constexpr void remove(Enum v) { m_bits &= ~bit(v); }
    constexpr void set(Enum v, bool on) { on ? insert(v) : remove(v); }
    constexpr bool contains(Enum v) const { return (m_bits & bit(v)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr int size() const { return __builtin_popcountll(m_bits); }
    constexpr quint64 bits() const { return m_bits; }

    friend constexpr bool operator==(EnumSet, EnumSet) = default;

private:
    static constexpr quint64 bit(Enum v) { return quint64{1} << static_cast<int>(v); }
    quint64 m_bits = 0;
};

}  // namespace spinesignal
