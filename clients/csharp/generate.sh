#!/usr/bin/env bash
# Generates Generated/ChildServicesApiClient.cs from the committed OpenAPI contract with NSwag
# (local dotnet tool, see /dotnet-tools.json). The output is gitignored: run this before building.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
dotnet tool restore >/dev/null
mkdir -p "$here/Generated"
dotnet nswag openapi2csclient \
  /Input:"$repo/openapi/v1.json" \
  /Output:"$here/Generated/ChildServicesApiClient.cs" \
  /Namespace:ChildServicesApi.Client \
  /ClassName:ChildServicesApiClient \
  /OperationGenerationMode:SingleClientFromOperationId \
  /UseBaseUrl:true \
  /GenerateBaseUrlProperty:true \
  /InjectHttpClient:true \
  /DisposeHttpClient:false \
  /GenerateClientInterfaces:false \
  /GenerateExceptionClasses:true \
  /ExceptionClass:ApiException \
  /WrapDtoExceptions:true \
  /JsonLibrary:SystemTextJson \
  /JsonLibraryVersion:9.0 \
  /DateType:System.DateOnly \
  /GenerateNullableReferenceTypes:true \
  /GenerateOptionalPropertiesAsNullable:true \
  /GenerateOptionalParameters:true \
  /ArrayType:System.Collections.Generic.IReadOnlyList \
  /ArrayInstanceType:System.Collections.Generic.List \
  /ArrayBaseType:System.Collections.Generic.List \
  /ResponseArrayType:System.Collections.Generic.IReadOnlyList \
  /ParameterArrayType:System.Collections.Generic.IEnumerable \
  /GenerateDataAnnotations:false \
  /NewLineBehavior:LF
