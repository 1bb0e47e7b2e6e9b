// The akhbar tool allocates with jemalloc, whose options are read from this
// symbol at its start. Loading 100,000 entity names and reading a corpus make
// millions of small strings, and on the 2-core virtual machines we measure on
// a quarter of the time went to the kernel faulting their memory in, page by
// page: with transparent huge pages (where the system allows them on advice,
// as Debian's default does) jemalloc asks for 2 MB pages and the faults all
// but vanish. bench/run.sh and README's Performance section give the figures.
#include <jemalloc/jemalloc.h>

const char* malloc_conf = "thp:always,metadata_thp:auto";
