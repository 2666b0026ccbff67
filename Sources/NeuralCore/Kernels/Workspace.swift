import Synchronization

/// Scratch memory for the packed panels of `GEMM`, kept between products.
///
/// A product of 256x256 matrices packs about 700 KB. Allocated fresh each time, that memory comes
/// from `mmap` and costs a page fault per 4 KB, which measured as half the product's time; buffers
/// returned to this small pool are reused instead. At most two are kept (one per thread of a split
/// product), each at most `retainedLimit` bytes.
enum Workspace {
  /// Bytes above which a buffer is freed rather than kept.
  static let retainedLimit = 64 << 20

  /// Calls `body` with at least `bytes` bytes of 64-byte-aligned, uninitialised memory.
  static func withBuffer<R>(bytes: Int, _ body: (UnsafeMutableRawPointer) -> R) -> R {
    var buffer = pool.withLock { $0.popLast() } ?? Buffer(pointer: nil, capacity: 0)
    if buffer.capacity < bytes {
      buffer.pointer?.deallocate()
      buffer = Buffer(pointer: .allocate(byteCount: bytes, alignment: 64), capacity: bytes)
    }
    defer {
      let kept = buffer.capacity <= retainedLimit && pool.withLock { buffers in
        guard buffers.count < 2 else { return false }
        buffers.append(buffer)
        return true
      }
      if !kept { buffer.pointer?.deallocate() }
    }
    // Force-unwrap: the pointer was allocated above whenever the capacity was short.
    return body(buffer.pointer!)
  }

  struct Buffer: @unchecked Sendable {
    // @unchecked: a buffer is owned by one product at a time; the pool hands it out under a lock.
    var pointer: UnsafeMutableRawPointer?
    var capacity: Int
  }

  private static let pool = Mutex<[Buffer]>([])
}
