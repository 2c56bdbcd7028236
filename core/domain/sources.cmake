target_sources(spinesignal_core PRIVATE
    domain/enums.cpp domain/enums.h
    domain/enumset.h
    domain/regionset.h
    domain/episode.cpp domain/episode.h
    domain/episodevalidator.cpp domain/episodevalidator.h
    domain/labels.cpp domain/labels.h
)
