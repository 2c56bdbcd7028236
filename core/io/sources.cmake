target_sources(spinesignal_core PRIVATE
    io/csvexporter.cpp io/csvexporter.h
    io/csvformat.cpp io/csvformat.h
    io/csvimporter.cpp io/csvimporter.h
    io/csvparser.cpp io/csvparser.h
)
