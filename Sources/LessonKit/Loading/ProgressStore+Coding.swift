import FoundationEssentials

extension ProgressStore {
  /// The file's outer shape: a format name and version around the progress.
  struct Envelope: Codable {
    var format: String
    var version: Int
    var progress: LessonProgress?
  }

  static let formatName = "backprop-progress"

  /// Pretty, key-sorted JSON, so the file reads well and diffs cleanly.
  static func encode(_ progress: LessonProgress) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    var data = try encoder.encode(
      Envelope(format: formatName, version: version, progress: progress))
    data.append(0x0A)
    return data
  }

  /// The progress in `data`, or why it cannot be used.
  func decode(_ data: Data) -> Result<LessonProgress, ProgressStoreError> {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let header = try? decoder.decode(Header.self, from: data) else {
      return .failure(.unreadable("it is not valid progress JSON"))
    }
    guard header.format == ProgressStore.formatName else {
      return .failure(.unreadable("it is not a backprop progress file"))
    }
    guard header.version == ProgressStore.version else {
      return .failure(.unknownVersion(header.version))
    }
    do {
      guard let progress = try decoder.decode(Envelope.self, from: data).progress else {
        return .failure(.unreadable("it holds no progress"))
      }
      return .success(progress)
    } catch {
      return .failure(.unreadable("its contents do not match version \(ProgressStore.version)"))
    }
  }

  /// Just the format and version, read before the rest.
  struct Header: Codable {
    var format: String
    var version: Int
  }
}

/// A problem reading or writing progress files.
public enum ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file exists but cannot be read as progress.
  case unreadable(String)
  /// The file was written by another version of the format.
  case unknownVersion(Int)
  /// The file could not be written.
  case cannotWrite(String, reason: String)
  /// A save stopped before the rename (only in tests).
  case interrupted

  public var description: String {
    switch self {
    case .unreadable(let reason): reason
    case .unknownVersion(let version):
      "it has format version \(version), and this version of backprop reads version \(ProgressStore.version)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .interrupted: "the save was interrupted"
    }
  }
}
