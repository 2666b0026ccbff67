/// How the C allocator treats the large arrays of numpy code, set once at start-up.
///
/// glibc maps each allocation above its threshold (128 KiB, rising with use) straight from the
/// kernel and unmaps it when freed, and it returns the top of the heap once more than 128 KiB is
/// free there. A course loop that makes a new 20 MB array each iteration, like the L-layer net's
/// `np.dot(W1.T, dZ1)` of shape (12288, 209), then pays a page fault for every 4 KiB written: the
/// course's `deep_net` spent 1.5 s of its 2.5 s in the kernel. Arrays up to 32 MB (glibc's largest
/// mmap threshold) come from the heap instead, and up to 256 MB of freed heap is kept for reuse:
/// the same script runs in 1.5 s with 0.1 s in the kernel. (numpy asks for huge pages instead.)
enum MemoryTuning {
  static func apply() {
    #if canImport(Glibc)
      _ = glibcMallopt(mmapThreshold, 32 << 20)
      _ = glibcMallopt(trimThreshold, 256 << 20)
    #endif
  }

  // `<malloc.h>` is not part of the Glibc module Swift imports; its two integers and `mallopt`
  // (an `int (int, int)` C function) are declared here.
  private static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
  private static let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
}

#if canImport(Glibc)
  @_silgen_name("mallopt")
  private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
