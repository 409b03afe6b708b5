using System.Buffers;
using System.Buffers.Binary;
using System.Collections.ObjectModel;
using System.IO.Compression;
using System.IO.Pipelines;

namespace ChildServicesApi.Features.Admin;

/// <summary>
/// Receives a zip of source files to disk as it arrives and unpacks it into a seed folder under the limits of
/// <see cref="UploadLimits"/>: sizes are counted on the bytes actually read and written, never taken from the zip's
/// headers, and nothing past a limit reaches the disk. Every refusal is an <see cref="UploadRefusedException"/>
/// naming the entry as the zip names it.
/// </summary>
internal static class SeedUpload
{
    private const int BufferSize = 81920;

    /// <summary>
    /// Copies the body to <paramref name="zipPath"/>, stopping as soon as it passes the size limit. A time limit stops it
    /// with <see cref="PipeReader.CancelPendingRead"/>, which leaves the server able to drain or close the connection
    /// cleanly (a read cancelled by token leaves Kestrel's body reader mid-read).
    /// </summary>
    public static async Task ReceiveAsync(PipeReader body, string zipPath, UploadLimits limits, CancellationToken ct)
    {
        await using var file = new FileStream(zipPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
        long received = 0;
        while (true)
        {
            var result = await body.ReadAsync(ct);
            var buffer = result.Buffer;
            try
            {
                if (result.IsCanceled)
                {
                    throw new OperationCanceledException("The upload's time limit was reached.");
                }
                received += buffer.Length;
                if (received > limits.MaxUploadBytes)
                {
                    throw UploadRefusedException.TooLarge(limits);
                }
                foreach (var segment in buffer)
                {
                    await file.WriteAsync(segment, ct);
                }
            }
            finally
            {
                body.AdvanceTo(buffer.End);
            }
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Unpacks the zip at <paramref name="zipPath"/> into <paramref name="seedPath"/>. A zip of the seed folder itself
    /// (everything under one folder that is not a source folder) is unpacked without that folder.
    /// </summary>
    public static async Task ExtractAsync(string zipPath, string seedPath, UploadLimits limits, CancellationToken ct)
    {
        await using var file = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        // ZipArchive reads the whole central directory into memory, so its declared size is checked before it does.
        if (DeclaredEntryCount(file) is { } declared && declared > (ulong)limits.MaxZipEntries)
        {
            throw TooManyEntries(limits, declared);
        }
        file.Position = 0;
        await using var zip = await OpenAsync(file, ct);
        var entries = ReadEntries(zip);
        if (entries.Count > limits.MaxZipEntries)
        {
            throw TooManyEntries(limits, (ulong)entries.Count);
        }
        var files = Plan(entries);
        Directory.CreateDirectory(seedPath);
        var root = Path.GetFullPath(seedPath) + Path.DirectorySeparatorChar;
        long total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            foreach (var (entry, relativePath) in files)
            {
                var target = Path.GetFullPath(Path.Combine(root, relativePath));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    throw NotPlain(entry.FullName);
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                total = await ExtractEntryAsync(entry, target, total, buffer, limits, ct);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<ZipArchive> OpenAsync(Stream file, CancellationToken ct)
    {
        try
        {
            return await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        }
        catch (InvalidDataException)
        {
            throw Unreadable();
        }
    }

    private static ReadOnlyCollection<ZipArchiveEntry> ReadEntries(ZipArchive zip)
    {
        try
        {
            return zip.Entries;
        }
        catch (InvalidDataException)
        {
            throw Unreadable();
        }
    }

    private static UploadRefusedException Unreadable() =>
        UploadRefusedException.Unusable("The body is not a readable zip file (its central directory is missing or damaged).", "zip-format");

    /// <summary>Where each file entry goes, relative to the seed; refuses the zip on the first name that breaks the layout.</summary>
    private static List<(ZipArchiveEntry Entry, string RelativePath)> Plan(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var files = new List<(ZipArchiveEntry Entry, string[] Segments)>();
        foreach (var entry in entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':'))
            {
                throw UploadRefusedException.Unusable($"The entry '{entry.FullName}' is an absolute path; entries must be relative to the seed folder.",
                    "relative-paths", entry: entry.FullName);
            }
            var segments = name.TrimEnd('/').Split('/');
            if (segments.Contains(".."))
            {
                throw UploadRefusedException.Unusable($"The entry '{entry.FullName}' climbs out of the seed folder with '..'.", "relative-paths", entry: entry.FullName);
            }
            if (!segments.All(SeedLayout.IsPlainSegment))
            {
                throw NotPlain(entry.FullName);
            }
            if (!name.EndsWith('/'))
            {
                files.Add((entry, segments));
            }
        }
        if (files.Count == 0)
        {
            throw UploadRefusedException.Unusable($"The zip holds no files; expected {SeedLayout.Describe()}.", "seed-layout");
        }
        var wrapper = files.All(f => f.Segments.Length > 1 && f.Segments[0] == files[0].Segments[0]) && !SeedLayout.Folders.Contains(files[0].Segments[0]);
        var planned = new List<(ZipArchiveEntry, string)>(files.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, segments) in files)
        {
            var relativePath = string.Join('/', wrapper ? segments[1..] : segments);
            if (!SeedLayout.Accepts(relativePath))
            {
                throw UploadRefusedException.Unusable($"The entry '{entry.FullName}' is not a seed file; the zip may hold only {SeedLayout.Describe()}.",
                    "seed-layout", entry: entry.FullName);
            }
            if (!seen.Add(relativePath))
            {
                throw UploadRefusedException.Unusable($"The entry '{entry.FullName}' appears more than once in the zip.", "unique-names", entry: entry.FullName);
            }
            planned.Add((entry, relativePath));
        }
        return planned;
    }

    /// <summary>Unpacks one entry, counting what is written against the ratio and total limits; returns the new total.</summary>
    private static async Task<long> ExtractEntryAsync(ZipArchiveEntry entry, string target, long total, byte[] buffer, UploadLimits limits, CancellationToken ct)
    {
        var maxEntryBytes = Math.Max(1, entry.CompressedLength) * limits.MaxCompressionRatio;
        long written = 0;
        try
        {
            await using var source = await entry.OpenAsync(ct);
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                written += read;
                total += read;
                if (written > maxEntryBytes)
                {
                    throw UploadRefusedException.Unusable(
                        $"The entry '{entry.FullName}' unpacks to more than {limits.MaxCompressionRatio} times its compressed size of {entry.CompressedLength} bytes.",
                        UploadLimits.Setting(nameof(UploadLimits.MaxCompressionRatio)), limits.MaxCompressionRatio, entry.FullName);
                }
                if (total > limits.MaxUncompressedBytes)
                {
                    throw UploadRefusedException.Unusable(
                        $"The zip unpacks to more than {limits.MaxUncompressedMegabytes} MiB; the entry '{entry.FullName}' passed the limit.",
                        UploadLimits.Setting(nameof(UploadLimits.MaxUncompressedMegabytes)), limits.MaxUncompressedMegabytes, entry.FullName);
                }
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch (Exception error) when (error is InvalidDataException or EndOfStreamException)
        {
            throw UploadRefusedException.Unusable($"The entry '{entry.FullName}' is damaged or uses an unsupported compression method and cannot be unpacked.", "zip-format", entry: entry.FullName);
        }
        return total;
    }

    private static UploadRefusedException NotPlain(string entry) => UploadRefusedException.Unusable(
        $"The entry '{entry}' is not a plain relative path (letters, digits, '.', '_', '-' and spaces, separated by '/').", "relative-paths", entry: entry);

    private static UploadRefusedException TooManyEntries(UploadLimits limits, ulong count) => UploadRefusedException.Unusable(
        $"The zip lists {count} entries; at most {limits.MaxZipEntries} are accepted.",
        UploadLimits.Setting(nameof(UploadLimits.MaxZipEntries)), limits.MaxZipEntries);

    /// <summary>
    /// The entry count the zip's end-of-central-directory record declares (the Zip64 one when the classic field is full),
    /// or null when there is no such record; ZipArchive then reports the zip as unreadable.
    /// </summary>
    private static ulong? DeclaredEntryCount(FileStream zip)
    {
        const int EndRecordSize = 22;
        const uint EndSignature = 0x06054b50;
        const uint Zip64LocatorSignature = 0x07064b50;
        const uint Zip64EndSignature = 0x06064b50;
        var tail = new byte[(int)Math.Min(zip.Length, EndRecordSize + ushort.MaxValue)];
        zip.Seek(-tail.Length, SeekOrigin.End);
        zip.ReadExactly(tail);
        for (var at = tail.Length - EndRecordSize; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature)
            {
                continue;
            }
            ulong count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            var locator = at - 20;
            if (count == ushort.MaxValue && locator >= 0 && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(locator)) == Zip64LocatorSignature)
            {
                var record = new byte[40];
                var offset = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(locator + 8));
                if (offset <= (ulong)(zip.Length - record.Length))
                {
                    zip.Seek((long)offset, SeekOrigin.Begin);
                    zip.ReadExactly(record);
                    if (BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature)
                    {
                        count = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
                    }
                }
            }
            return count;
        }
        return null;
    }
}
