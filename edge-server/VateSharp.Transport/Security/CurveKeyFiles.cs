// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;

namespace VateSharp.Transport.Security;

/// <summary>
/// CURVE key files: <c>NAME.secret</c> holds the Z85 secret key (40 characters) and <c>NAME.public</c> the Z85 public
/// key, each on one line. An allow-list is a file with one public key per line (<c>#</c> starts a comment), a folder
/// of <c>*.public</c> files, or keys given inline separated by commas.
/// </summary>
public static class CurveKeyFiles
{
    // ZeroMQ's RFC 32 (Z85) alphabet.
    private const string Z85Alphabet =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    /// <summary>Writes a fresh key pair as <c>NAME.secret</c> (mode 600 on Unix) and <c>NAME.public</c>.</summary>
    /// <returns>The new certificate.</returns>
    /// <exception cref="TransportException">A file of that name exists or the folder cannot be written.</exception>
    public static NetMQCertificate Generate(string directory, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var secretPath = Path.Combine(directory, name + ".secret");
        var publicPath = Path.Combine(directory, name + ".public");
        if (File.Exists(secretPath) || File.Exists(publicPath))
        {
            throw new TransportException($"{secretPath} or {publicPath} already exists; choose another --name or folder.");
        }

        try
        {
            Directory.CreateDirectory(directory);
            var certificate = new NetMQCertificate();
            WriteAtomically(secretPath, certificate.SecretKeyZ85!, secret: true);
            WriteAtomically(publicPath, certificate.PublicKeyZ85, secret: false);
            return certificate;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TransportException($"Cannot write the key pair into {directory}: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a key pair from a <c>.secret</c> file or from a 40-character Z85 secret key given inline.</summary>
    /// <exception cref="TransportException">The file is missing or does not hold a Z85 key.</exception>
    public static NetMQCertificate LoadSecret(string fileOrKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrKey);
        var key = File.Exists(fileOrKey) ? ReadKey(fileOrKey) : fileOrKey.Trim();
        return IsZ85Key(key)
            ? NetMQCertificate.CreateFromSecretKey(key)
            : throw new TransportException(
                $"'{fileOrKey}' is neither a key file nor a 40-character Z85 secret key; create one with 'keygen'.");
    }

    /// <summary>Loads a public key from a <c>.public</c> file or a 40-character Z85 key given inline.</summary>
    /// <exception cref="TransportException">The file is missing or does not hold a Z85 key.</exception>
    public static string LoadPublic(string fileOrKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrKey);
        var key = File.Exists(fileOrKey) ? ReadKey(fileOrKey) : fileOrKey.Trim();
        return IsZ85Key(key)
            ? NetMQCertificate.FromPublicKey(key).PublicKeyZ85
            : throw new TransportException(
                $"'{fileOrKey}' is neither a key file nor a 40-character Z85 public key; create one with 'keygen'.");
    }

    /// <summary>Loads an allow-list: a file of keys, a folder of <c>*.public</c> files, or comma-separated keys.</summary>
    /// <exception cref="TransportException">A key is malformed, or the list is empty.</exception>
    public static IReadOnlyList<string> LoadAllowList(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        IEnumerable<string> keys;
        if (Directory.Exists(source))
        {
            keys = Directory.EnumerateFiles(source, "*.public").Order(StringComparer.Ordinal).Select(ReadKey);
        }
        else if (File.Exists(source))
        {
            keys = File.ReadAllLines(source).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0);
        }
        else
        {
            keys = source.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var list = keys.Select(k => IsZ85Key(k)
                ? NetMQCertificate.FromPublicKey(k).PublicKeyZ85
                : throw new TransportException($"'{k}' in the allow-list {source} is not a 40-character Z85 public key."))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return list.Count > 0
            ? list
            : throw new TransportException($"The allow-list {source} holds no keys; add the clients' .public keys.");
    }

    private static string ReadKey(string path) => File.ReadAllText(path).Trim();

    private static bool IsZ85Key(string key) => key.Length == 40 && key.All(Z85Alphabet.Contains);

    private static void WriteAtomically(string path, string content, bool secret)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content + "\n");
        if (secret && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path);
    }
}
