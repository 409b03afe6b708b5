using ChildServicesApi.Data;

namespace ChildServicesApi.Features.Indicators;

/// <summary>LAIT's one symbol, "-", has one reason per file: made once and shared by the figures that carry it.</summary>
internal sealed class LaitSymbolReasons(StoreSnapshot data)
{
    private readonly Dictionary<(int, string), StatusReason> reasons = [];

    public StatusReason Of(int sourceFileId, string cell) =>
        reasons.TryGetValue((sourceFileId, cell), out var known) ? known : reasons[(sourceFileId, cell)] = Domain.StatusReasons.LaitSymbol(cell, data.SourceFile(sourceFileId));
}
