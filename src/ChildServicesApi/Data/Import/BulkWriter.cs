using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// Inserts many rows of one entity type with a single prepared statement, reading table, columns and value
/// converters from the EF model. SaveChanges took 29 s for the 250,000 observation and spending rows; this takes about 2.
/// </summary>
internal static class BulkWriter
{
    public static void Insert<T>(AppDbContext db, IEnumerable<T> rows) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();

        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("bulk inserts run inside the import transaction");
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(storeObject)}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var converters = columns.Select(c => c.GetTypeMapping().Converter).ToArray();
        command.Prepare();

        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].PropertyInfo!.GetValue(row);
                if (value is not null && converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }
                parameters[i].Value = value ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }
}
