target_sources(core_tests PRIVATE
    io/test_csvformat.cpp
    io/test_csvroundtrip.cpp
    io/test_csvimport.cpp
    io/test_csvcancel.cpp
)
