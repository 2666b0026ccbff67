/// How the C allocator treats the large arrays of numpy code, set once at start-up.
///
/// glibc maps each allocation above its threshold (128 KiB, rising with use) straight from the
/// kernel and unmaps it when freed, and it returns the top of the heap once more than 128 KiB is
/// free there. A course loop that makes a new 20 MB array each iteration, like the L-layer net's
/// `np.dot(W1.T, dZ1)` of shape (12288, 209), then pays a page fault for every 4 KiB written: the
/// course's `deep_net` spent 1.5 s of its 2.5 s in the kernel. Arrays up to 32 MB (glibc's largest
/// mmap threshold) come from the heap instead, and up to 256 MB of freed heap is kept for reuse:
/// the same script runs in 1.5 s with 0.1 s in the kernel. (numpy asks for huge pages instead.)
///
/// Both settings govern glibc's main heap only. Code runs on threads of its own (a large-stack
/// thread per run, NeuralCore's second worker), and each thread would get an arena of 64 MB heaps
/// that glibc unmaps whenever one empties: a 20 MB array freed and made again every iteration was
/// faulted in afresh each time (300 unmaps in one run of `deep_net`). One arena for all threads
/// keeps them on the main heap; the threads rarely allocate at the same moment.
enum MemoryTuning {
  static func apply() {
    #if canImport(Glibc)
      _ = glibcMallopt(arenaMax, 1)
      _ = glibcMallopt(mmapThreshold, 32 << 20)
      _ = glibcMallopt(trimThreshold, 256 << 20)
    #endif
  }

  // `<malloc.h>` is not part of the Glibc module Swift imports; its integers and `mallopt`
  // (an `int (int, int)` C function) are declared here.
  private static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
  private static let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
  private static let arenaMax: Int32 = -8  // M_ARENA_MAX
}

#if canImport(Glibc)
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
