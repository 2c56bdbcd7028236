target_sources(spinesignal_core PRIVATE
    storage/backup.cpp storage/backup.h
    storage/cancelwatch.cpp storage/cancelwatch.h
    storage/database.cpp storage/database.h
    storage/datalocation.cpp storage/datalocation.h
    storage/episodeinsert.cpp storage/episodeinsert.h
    storage/episoderepository.cpp storage/episoderepository.h
    storage/migrations.cpp storage/migrations.h
    storage/pagecheck.cpp storage/pagecheck.h
    storage/storerescue.cpp storage/storerescue.h
)
