/// Quoting for the POSIX shell that git runs drivers with.
public enum ShellQuote {
  /// `word` quoted so that `sh` reads it back as one word, unchanged; plain words stay bare.
  public static func quote(_ word: String) -> String {
    let safe =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "/._-+:,@%=".unicodeScalars.contains(scalar))
      }
    if safe { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// The first word of a command line written by `quote`, unquoted; `nil` when it is not in that form.
  public static func firstWord(of command: String) -> String? {
    var word = ""
    var quoted = false
    var scalars = Substring(command).unicodeScalars[...]
    while let scalar = scalars.first {
      scalars.removeFirst()
      if quoted {
        if scalar == "'" { quoted = false } else { word.unicodeScalars.append(scalar) }
      } else if scalar == "'" {
        quoted = true
      } else if scalar == "\\" {
        guard let next = scalars.first else { return nil }
        scalars.removeFirst()
        word.unicodeScalars.append(next)
      } else if scalar == " " {
        break
      } else {
        word.unicodeScalars.append(scalar)
      }
    }
    return quoted || word.isEmpty ? nil : word
  }
}
