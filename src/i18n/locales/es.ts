import type { LocaleWords } from '../load.js'

// Spanish: formal address (usted), «…» quotes, opening ¿ and ¡. Seam's
// product names, the codes and the {placeholders} stay as in English; a
// count chooses its words with {count, plural, …} (see the catalog's fill).

const refresh = 'Compruebe que la cerradura esté en línea y que sus pilas estén cargadas.'
const freeSlots = 'Elimine de esta cerradura los códigos que ya no necesite y vuelva a intentarlo.'
const reconnectPower =
  'Compruebe la alimentación o las pilas de la cerradura y su conexión Wi-Fi o con el hub. El código se programará en cuanto la cerradura vuelva a estar en línea.'

const es: LocaleWords = {
  strings: {
    configTitle: 'No se pueden mostrar los códigos de acceso',
    noDevice: 'No se ha elegido ninguna cerradura: defina el atributo device-id.',
    noSession:
      'Este elemento no tiene sesión de Seam: colóquelo dentro de un <seam-provider> o proporciónele un token de sesión de cliente, o bien una clave publicable y una clave de identificador de usuario.',
    loading: 'Cargando códigos de acceso…',
    loadFailed: 'No se pudieron cargar los códigos de acceso.',
    tryAgain: 'Reintentar',
    stale: 'No se pudo actualizar: es posible que lo que ve no esté al día.',
    moreComing: 'Cargando más códigos…',
    unnamed: 'Código sin nombre',
    copy: 'Copiar',
    copied: 'Copiado',
    copyCode: 'Copiar el código de {name}',
    pinHidden: 'Oculto por el proveedor de la cerradura',
    pinWaiting: 'Esperando a que la cerradura asigne un código',
    pinNone: 'Sin código',
    ongoing: 'Permanente',
    startsEnds: 'Del {start} al {end}',
    activeUntil: 'Activo hasta el {end}',
    ended: 'Finalizó el {end}',
    startsAt: 'Desde el {start}',
    cancel: 'Cancelar',
    close: 'Cerrar',
    delete: 'Eliminar',
    deleting: 'Eliminando…',
    heading: 'Códigos de acceso',
    unmanagedHeading: 'Códigos creados fuera de Seam',
    searchLabel: 'Buscar por nombre o código',
    searchPlaceholder: 'Nombre o código',
    summary: '{count, plural, one {# código} other {# códigos}} · {issues} con problemas',
    summaryFiltered:
      '{shown, plural, one {Se muestra #} other {Se muestran #}} de {count, plural, one {# código} other {# códigos}} · {issues} con problemas',
    onlyIssues: 'Solo códigos con problemas',
    colName: 'Nombre',
    colCode: 'Código',
    colSchedule: 'Vigencia',
    colStatus: 'Estado',
    colStarts: 'Inicio',
    colEnds: 'Fin',
    colCreated: 'Creado',
    colIssues: 'Problemas',
    colActions: 'Acciones',
    empty: 'Seam todavía no gestiona ningún código de acceso en esta cerradura.',
    noMatch: 'Ningún código coincide con su búsqueda.',
    confirmDelete: '¿Eliminar «{name}» de la cerradura?',
    deleteCode: 'Eliminar {name}',
    deleteFailed: 'No se pudo eliminar: {reason}',
    offlineNoDelete: 'Código sin conexión: caduca por sí solo y no se puede eliminar aquí.',
    statusChanged: '{name}: {status}',
    codeRemoved: 'Se eliminó {name}.',
    flagOffline: 'Código sin conexión',
    flagOneTime: 'De un solo uso',
    flagBackupAvailable: 'Código de respaldo disponible',
    flagBackupInUse: 'Código de respaldo en uso',
    flagLinked: 'Vinculado con códigos de otras cerraduras',
    flagExternal: 'Se permiten cambios fuera de Seam',
    flagScheduled: 'Horario guardado en la cerradura',
    issueError: 'Problema',
    whatToDo: 'Qué puede hacer:',
    seamSays: 'Mensaje de Seam: {message}',
    group_access_code: 'Este código',
    group_device: 'La cerradura',
    group_connected_account: 'La cuenta conectada',
    group_bridge: 'Seam Bridge',
    group_unknown: 'Otros',
    issueWarning: 'Advertencia',
    unmanagedEmpty: 'En esta cerradura no hay códigos creados fuera de Seam.',
    convert: 'Convertir',
    convertCode: 'Convertir {name} en un código gestionado',
    convertAll: '{count, plural, one {Convertir (#)} other {Convertir todos (#)}}',
    convertAllProgress: 'Convirtiendo {done} de {count}…',
    convertAllDone: '{converted, plural, one {# convertido} other {# convertidos}}, {failed, plural, one {# fallido} other {# fallidos}}, {skipped} sin intentar.',
    cannotManage: 'Seam no puede gestionar este código.',
    deleteOnlyInApp: 'Este código solo se puede eliminar en la aplicación del fabricante.',
    deletingFromLock: 'Eliminando de la cerradura…',
    converting: 'Convirtiendo…',
    dialogTitle: 'Dejar que Seam gestione este código',
    dialogMeaning:
      'A partir de ahora, Seam gestionará este código: aparecerá entre los códigos gestionados de la cerradura y Seam se encargará de que siga programado en ella.',
    device: 'Cerradura',
    allowExternal: 'Permitir cambios hechos fuera de Seam',
    allowExternalYes: 'Se conservan los cambios hechos en la aplicación del fabricante o en el teclado.',
    allowExternalNo: 'Si alguien cambia el código fuera de Seam, Seam lo restablece tal como está ahora.',
    force: 'Tomar el control desde otro espacio de trabajo de Seam',
    forceMeaning:
      'Otro espacio de trabajo de Seam gestiona este código. Al tomar el control, el código pasa a este espacio de trabajo y el otro lo pierde.',
    confirmConvert: 'Convertir',
    convertingProgress: 'Convirtiendo… Seam está tomando el control del código en la cerradura.',
    converted: 'Ahora Seam gestiona el código.',
    convertFailed: 'No se pudo convertir el código. Sigue como estaba, fuera de Seam.',
    convertPending:
      'Esto está tardando más de lo habitual. La conversión continúa en segundo plano; las listas se actualizarán cuando termine, y puede cerrar este cuadro de diálogo.',
    convertRequestFailed: 'No se pudo iniciar la conversión: {reason}',
    retry: 'Reintentar',
    noCodeChosen: 'No se ha elegido ningún código para convertir.',
  },
  catalog: {
    issues: {
      failed_to_set_on_device: {
        title: 'Código no programado en la cerradura',
        explanation: 'Seam no pudo programar este código en la cerradura.',
        action: `${refresh} Si el código sigue sin aparecer, elimínelo y vuelva a crearlo.`,
      },
      failed_to_remove_from_device: {
        title: 'Código no retirado de la cerradura',
        explanation: 'Seam no pudo retirar este código de la cerradura, por lo que es posible que todavía abra la puerta.',
        action: `${refresh} Después, intente retirar el código de nuevo, o retírelo directamente en la cerradura o en la aplicación del fabricante.`,
      },
      duplicate_code_on_device: {
        title: 'El PIN ya está en la cerradura',
        explanation: 'Otro código de esta cerradura ya usa el mismo PIN, por lo que este código no se puede programar.',
        action: 'Elimine el otro código, conviértalo para que Seam lo gestione o elija un PIN diferente para este código.',
      },
      duplicate_code_attempt_prevented: {
        title: 'Cambio bloqueado',
        explanation: 'Se impidió un cambio en este código porque habría puesto un PIN duplicado en la cerradura.',
        action: 'Elija un PIN que no use ningún otro código de esta cerradura, o retire el código que ya lo tiene.',
      },
      no_space_for_access_code_on_device: {
        title: 'La cerradura está llena',
        explanation: 'La cerradura no tiene espacio libre para otro código.',
        action: freeSlots,
      },
      provider_issue: {
        title: 'Problema en el proveedor de la cerradura',
        explanation: 'Un problema en el proveedor de la cerradura impide programar o gestionar este código.',
        action: 'Consulte los detalles de Seam para saber qué falló. Vuelva a intentarlo más tarde y póngase en contacto con el proveedor de la cerradura si el problema continúa.',
      },
      conflicting_external_modification: {
        title: 'Cambiado fuera de Seam',
        explanation:
          'Después de que Seam programara este código, se cambió o se eliminó fuera de Seam. Como eso contradice el código tal como está en Seam, Seam volverá a programarlo en la cerradura.',
        action: 'No es necesario hacer nada. Cambie este código solo aquí, para que sus cambios no se deshagan.',
      },
      access_code_inactive: {
        title: 'Código desactivado en la cerradura',
        explanation: 'El código existe en la cerradura, pero está desactivado, por lo que no abrirá la puerta hasta que se vuelva a activar.',
        action: 'Vuelva a activar el código en la cerradura o en la aplicación del fabricante, o elimínelo y vuelva a crearlo.',
      },
      insufficient_permissions: {
        title: 'Se necesita un rol de administrador',
        explanation: 'La cuenta conectada no tiene permiso para gestionar los PIN de esta cerradura: se requiere un rol de administrador.',
        action: 'Pida a un administrador que actualice su rol o que configure el PIN.',
      },
      smartthings_failed_to_set_access_code: {
        title: 'Código no programado mediante SmartThings',
        explanation: 'Seam no pudo programar este código en la cerradura mediante SmartThings.',
        action: 'Compruebe que la cerradura y su hub de SmartThings estén en línea. Si el código sigue sin aparecer, elimínelo y vuelva a crearlo.',
      },
      smartthings_failed_to_set_after_multiple_retries: {
        title: 'Código no programado tras varios intentos',
        explanation: 'Seam intentó varias veces programar este código en la cerradura, sin éxito.',
        action: 'Compruebe que la cerradura y su hub estén en línea y, después, elimine el código y vuelva a crearlo.',
      },
      smartthings_no_free_slots_available: {
        title: 'No hay posiciones de código libres',
        explanation: 'Todas las posiciones de código de esta cerradura están en uso, por lo que no se puede añadir este código.',
        action: freeSlots,
      },
      igloohome_bridge_too_many_pending_jobs: {
        title: 'El puente está ocupado',
        explanation: 'El puente de igloohome de esta cerradura tiene demasiadas tareas pendientes, por lo que todavía no se pudo procesar este código.',
        action: 'Asegúrese de que el puente esté encendido y en línea, espere a que procese su cola y vuelva a intentarlo.',
      },
      igloohome_bridge_offline: {
        title: 'Puente sin conexión',
        explanation: 'El puente de igloohome de esta cerradura está sin conexión, por lo que Seam no puede comunicarse con la cerradura.',
        action: 'Compruebe que el puente esté enchufado y conectado a la red Wi-Fi. El código se programará en cuanto el puente vuelva a estar en línea.',
      },
      igloohome_offline_access_code_no_variance_available: {
        title: 'Límite de códigos alcanzado',
        explanation: 'Esta cerradura alcanzó el número máximo de códigos que puede tener.',
        action: freeSlots,
      },
      kwikset_unable_to_confirm_code: {
        title: 'Código no confirmado',
        explanation: 'Seam no pudo confirmar con Kwikset que este código esté en la cerradura.',
        action: 'Pruebe el código en la cerradura o búsquelo en la aplicación de Kwikset. Si no está, elimínelo y vuelva a crearlo.',
      },
      kwikset_unable_to_confirm_deletion: {
        title: 'Retirada no confirmada',
        explanation: 'Seam no pudo confirmar con Kwikset que este código se haya retirado de la cerradura, por lo que es posible que todavía funcione.',
        action: 'Busque el código en la aplicación de Kwikset y retírelo allí si todavía está en la cerradura.',
      },
      kwikset_insufficient_permissions: {
        title: 'Se necesita el rol Home Admin',
        explanation: 'La cuenta de Kwikset conectada no tiene permiso para gestionar los PIN de esta cerradura: se requiere el rol Home Admin.',
        action: 'Pida a un Home Admin que actualice su rol en la aplicación de Kwikset o que configure el PIN.',
      },
      code_modified_external_to_seam: {
        title: 'Cambiado fuera de Seam',
        explanation: 'Después de que Seam programara este código en la cerradura, se cambió o se eliminó fuera de Seam.',
        action: 'Compruebe el código en la cerradura. Para evitarlo, cambie el código solo aquí, no en el teclado ni en otra aplicación.',
      },
      august_lock_invalid_code_length: {
        title: 'Longitud de PIN no aceptada',
        explanation: 'El PIN tiene un número de dígitos que esta cerradura August no acepta.',
        action: 'Elija un PIN con una longitud que esta cerradura acepte y vuelva a intentarlo.',
      },
      august_device_programming_delay: {
        title: 'Todavía se está enviando a la cerradura',
        explanation: 'Este código aún no se ha enviado por completo a la cerradura August.',
        action: 'Espere un poco. Si se prolonga, compruebe que la cerradura esté en línea y que sus pilas estén cargadas.',
      },
      august_device_slots_full: {
        title: 'Todas las posiciones de código están ocupadas',
        explanation: 'Todas las posiciones de código de esta cerradura August están en uso.',
        action: freeSlots,
      },
      august_lock_missing_keypad: {
        title: 'Sin teclado',
        explanation: 'A esta cerradura August le falta un teclado, por lo que no se pueden usar códigos en ella.',
        action: 'Conecte un teclado a la cerradura y vuelva a intentarlo.',
      },
      august_lock_temporarily_offline: {
        title: 'Cerradura sin conexión temporalmente',
        explanation: 'Esta cerradura August está sin conexión por el momento, por lo que los cambios no le llegan.',
        action: 'Compruebe las pilas y la conexión de la cerradura. El código se actualizará en cuanto la cerradura vuelva a estar en línea.',
      },
      salto_ks_user_not_subscribed: {
        title: 'Usuario de Salto sin suscripción',
        explanation: 'El usuario del sitio de Salto KS de este código no tiene suscripción.',
        action: 'Pida al administrador de su sitio de Salto KS que suscriba al usuario y vuelva a intentarlo.',
      },
      hubitat_device_programming_delay: {
        title: 'Todavía se está enviando a la cerradura',
        explanation: 'Este código aún no se ha enviado por completo a la cerradura mediante Hubitat.',
        action: 'Espere un poco. Si se prolonga, compruebe que la cerradura y su hub de Hubitat estén en línea.',
      },
      hubitat_no_free_positions_available: {
        title: 'No hay posiciones de código libres',
        explanation: 'Todas las posiciones de código de esta cerradura están en uso.',
        action: freeSlots,
      },
      wyze_duplicate_code_name: {
        title: 'Nombre de código duplicado',
        explanation: 'Otro código de esta cerradura Wyze ya tiene el mismo nombre.',
        action: 'Dé a este código un nombre diferente o cambie el nombre del otro código.',
      },
      wyze_potential_duplicate_code: {
        title: 'Posible PIN duplicado',
        explanation: 'Es posible que otro código de esta cerradura Wyze ya use el mismo PIN.',
        action: 'Busque otro código con el mismo PIN: elimínelo o elija un PIN diferente para este código.',
      },
      dormakaba_oracode_no_valid_user_level: {
        title: 'No hay un nivel de usuario válido',
        explanation: 'No hay ningún nivel de usuario válido de dormakaba Oracode disponible para este código.',
        action: 'Compruebe los niveles de usuario configurados para este sitio en dormakaba Oracode, o consulte a su administrador de Oracode, y vuelva a intentarlo.',
      },
      keynest_unsupported_third_party_locker: {
        title: 'Taquilla no compatible',
        explanation: 'Esta taquilla de KeyNest no es compatible.',
        action: 'El acceso a esta taquilla debe gestionarse fuera de Seam. Póngase en contacto con KeyNest si necesita ayuda.',
      },

      account_disconnected: {
        title: 'Cuenta desconectada',
        explanation: 'La cuenta del proveedor a través de la cual está conectada esta cerradura está desconectada, por lo que Seam no puede comunicarse con la cerradura.',
        action: 'Vuelva a conectar la cuenta en el mismo lugar donde la conectó originalmente.',
      },
      invalid_credentials: {
        title: 'Datos de inicio de sesión no aceptados',
        explanation: 'No se aceptaron los datos de inicio de sesión de la cuenta del proveedor de la cerradura.',
        action: 'Vuelva a conectar la cuenta con los datos de inicio de sesión correctos, en el mismo lugar donde la conectó originalmente.',
      },
      salto_ks_subscription_limit_exceeded: {
        title: 'Límite de usuarios de Salto alcanzado',
        explanation: 'El sitio de Salto KS alcanzó su número máximo de usuarios, por lo que no se pueden crear códigos nuevos.',
        action: 'Póngase en contacto con el soporte de Salto para ampliar el límite de usuarios.',
      },
      dormakaba_sites_disconnected: {
        title: 'Sitios de dormakaba sin conectar',
        explanation: 'No se pudieron conectar uno o varios sitios de dormakaba de la cuenta conectada.',
        action: 'Póngase en contacto con el soporte de dormakaba.',
      },
      device_offline: {
        title: 'Cerradura sin conexión',
        explanation: 'La cerradura está sin conexión, por lo que Seam no puede enviarle cambios.',
        action: reconnectPower,
      },
      device_disconnected: {
        title: 'Cerradura desconectada',
        explanation: 'La cerradura está desconectada, por lo que Seam no puede enviarle cambios.',
        action: reconnectPower,
      },
      device_removed: {
        title: 'Cerradura eliminada',
        explanation: 'Esta cerradura se eliminó, por lo que Seam ya no puede gestionar sus códigos.',
        action: 'Si fue un error, vuelva a añadir la cerradura a la cuenta que conectó con Seam.',
      },
      hub_disconnected: {
        title: 'Hub desconectado',
        explanation: 'El hub que conecta esta cerradura está desconectado, por lo que Seam no puede comunicarse con la cerradura.',
        action: 'Compruebe que el hub esté enchufado y en línea. Los cambios llegarán a la cerradura en cuanto el hub vuelva a conectarse.',
      },
      empty_backup_access_code_pool: {
        title: 'No quedan códigos de respaldo',
        explanation: 'A esta cerradura no le quedan códigos de respaldo para usar en lugar de un código que falle.',
        action: 'Pida a quien gestione su cuenta de Seam que añada códigos de respaldo para esta cerradura.',
      },
      august_lock_not_authorized: {
        title: 'Sin autorización para esta cerradura',
        explanation: 'La cuenta de August conectada no está autorizada para usar esta cerradura.',
        action: 'Pida al propietario de la cerradura que dé acceso a la cuenta y, después, vuelva a conectarla.',
      },
      august_lock_missing_bridge: {
        title: 'Sin puente',
        explanation: 'Esta cerradura no está conectada a un puente, por lo que Seam no puede comunicarse con ella.',
        action: 'Conecte la cerradura a su puente y compruebe que el puente esté enchufado y en línea.',
      },
      ttlock_lock_not_paired_to_gateway: {
        title: 'Sin puerta de enlace',
        explanation: 'Esta cerradura no está vinculada a una puerta de enlace, por lo que Seam no puede comunicarse con ella.',
        action: 'Vincule la cerradura a una puerta de enlace y compruebe que esta esté enchufada y en línea.',
      },
      lockly_missing_wifi_bridge: {
        title: 'Sin puente Wi-Fi',
        explanation: 'Esta cerradura Lockly no está conectada a un puente Wi-Fi, por lo que Seam no puede comunicarse con ella.',
        action: 'Conecte la cerradura a un puente Wi-Fi y compruebe que el puente esté enchufado y en línea.',
      },
      missing_device_credentials: {
        title: 'Faltan las credenciales del dispositivo',
        explanation: 'Faltan las credenciales que Seam necesita para trabajar con este dispositivo.',
        action: 'Vuelva a conectar la cuenta en el mismo lugar donde la conectó originalmente y proporcione los datos que se le pidan.',
      },
      auxiliary_heat_running: {
        title: 'Calefacción auxiliar en marcha',
        explanation: 'La calefacción auxiliar del dispositivo está en marcha.',
        action: 'Esto se refiere a la calefacción del dispositivo, no a sus códigos: aquí no es necesario hacer nada.',
      },
      subscription_required: {
        title: 'Se requiere una suscripción',
        explanation: 'Se requiere una suscripción para conectar este dispositivo.',
        action: 'Contrate o renueve la suscripción con el proveedor del dispositivo y vuelva a intentarlo.',
      },
      bridge_disconnected: {
        title: 'Seam Bridge desconectado',
        explanation:
          'Seam no puede comunicarse con Seam Bridge, por ejemplo porque el programa Seam Bridge se detuvo o el equipo que lo ejecuta está sin conexión.',
        action: 'Compruebe que el equipo que ejecuta Seam Bridge esté encendido y en línea, y que el programa Seam Bridge se esté ejecutando.',
      },

      delay_in_setting_on_device: {
        title: 'La programación tarda más',
        explanation: 'Programar este código en la cerradura está tardando más de lo habitual.',
        action: `${refresh} No es necesario hacer nada si termina pronto.`,
      },
      delay_in_removing_from_device: {
        title: 'La retirada tarda más',
        explanation: 'Retirar este código de la cerradura está tardando más de lo habitual, por lo que es posible que todavía funcione por ahora.',
        action: `${refresh} No es necesario hacer nada si termina pronto.`,
      },
      third_party_integration_detected: {
        title: 'Se detectó otro servicio',
        explanation: 'Se detectó otro servicio conectado a esta cerradura. Puede hacer que los códigos fallen.',
        action: 'Si puede, desconecte otros servicios que gestionen códigos en esta cerradura, para que solo lo haga Seam.',
      },
      schlage_detected_duplicate: {
        title: 'Posible PIN duplicado',
        explanation: 'Schlage detectó otro código en esta cerradura con el mismo PIN.',
        action: 'Elimine el otro código o elija un PIN diferente para este código.',
      },
      schlage_creation_outage: {
        title: 'Error al crear el código',
        explanation: 'Schlage devolvió un error cuando Seam intentó crear este código.',
        action: 'Espere un rato y compruebe si el código está en la cerradura. Si no está, elimínelo y vuelva a crearlo.',
      },
      igloo_algopin_must_be_used_within_24_hours: {
        title: 'Usar en un plazo de 24 horas',
        explanation: 'Este tipo de código de igloo (un algoPIN) debe usarse en un plazo de 24 horas.',
        action: 'Asegúrese de que la persona use el código en un plazo de 24 horas. Si no es posible, cree el código más cerca del momento en que se necesite.',
      },
      management_transferred: {
        title: 'Gestionado por otro espacio de trabajo',
        explanation: 'La gestión de este código se transfirió a otro espacio de trabajo de Seam.',
        action: 'Para volver a gestionarlo desde aquí, conviértalo y elija tomar el control desde el otro espacio de trabajo.',
      },
      code_rotates_periodically: {
        title: 'El PIN cambia periódicamente',
        explanation: 'El PIN de este código cambia cada vez que se renueva el código.',
        action: 'Consulte el PIN más reciente antes de cada uso y comparta ese.',
      },
      time_frame_adjusted_for_unknown_time_zone: {
        title: 'Franja horaria ampliada una hora',
        explanation:
          'Se desconoce la zona horaria de la cerradura y la franja horaria de este código incluye un cambio de horario, por lo que se añadió una hora en uno de sus extremos para que siga funcionando. El código puede funcionar hasta una hora fuera de las horas que eligió.',
        action: 'Pida a quien gestione su cuenta de Seam que configure la zona horaria de la cerradura; entonces se eliminará la hora adicional.',
      },
      external_modification_in_effect: {
        title: 'Cambiado fuera de Seam',
        explanation:
          'Después de que Seam programara este código, se cambió o se eliminó fuera de Seam. Para este código se permiten los cambios externos, así que el cambio se mantiene.',
        action: 'No es necesario hacer nada si el cambio fue intencionado. De lo contrario, edite el código aquí.',
      },
      using_backup_access_code: {
        title: 'Código de respaldo en uso',
        explanation: 'Se asignó un código de respaldo y se está usando en lugar de este código.',
        action: 'Dé el código de respaldo, en lugar de este, a quien necesite acceso.',
      },
      being_deleted: {
        title: 'En proceso de eliminación',
        explanation: 'Este código se está eliminando.',
        action: 'No es necesario hacer nada.',
      },
      unknown_issue_with_access_code: {
        title: 'Problema desconocido',
        explanation: 'Se produjo un problema desconocido con este código.',
        action: 'Consulte los detalles de Seam y compruebe el código en la cerradura. Si el problema continúa, elimine el código y vuelva a crearlo.',
      },
    },
    issueFallback: {
      errorTitle: 'Problema no reconocido',
      warningTitle: 'Advertencia no reconocida',
      errorExplanation: 'Seam informó de un problema con este código que esta página no reconoce.',
      warningExplanation: 'Seam informó de una advertencia sobre este código que esta página no reconoce.',
      action: 'Compruebe el código en la cerradura. Si el problema continúa, póngase en contacto con quien gestione su cuenta de Seam.',
    },
    status: {
      setting: { label: 'Programando', meaning: 'Se está programando en la cerradura.' },
      set: { label: 'Programado', meaning: 'En la cerradura y en funcionamiento.' },
      unset: { label: 'No programado', meaning: 'No está en la cerradura, por ejemplo antes de su inicio previsto o después de que termine.' },
      removing: { label: 'Retirando', meaning: 'Se está retirando de la cerradura.' },
      unknown: {
        label: 'Desconocido',
        meaning: 'Seam no puede saber si este código está en la cerradura, por ejemplo porque la cuenta está desconectada.',
      },
    },
    unknownStatus: {
      label: 'Estado no reconocido',
      meaning: 'Seam informó de un estado para este código que esta página no reconoce.',
    },
    provider: {
      cannotConvert:
        '{provider} limita lo que Seam puede ver de los códigos creados fuera de Seam, por lo que Seam no puede tomar el control de este código. Puede dejarlo en la cerradura tal como está; para tener un código que gestione Seam, cree uno nuevo en Seam.',
      hidesPin: '{provider} no comparte los PIN de los códigos creados fuera de Seam, por lo que no se puede mostrar el PIN de este código.',
      noUnmanagedCodes: '{provider} no permite listar los códigos creados fuera de Seam, por lo que, si esta cerradura los tiene, no aparecen aquí.',
      unknownProvider: 'El proveedor de la cerradura',
    },
    errors: {
      network: 'No se pudo conectar con Seam. Compruebe la conexión y vuelva a intentarlo.',
      timeout: 'Seam no respondió a tiempo. Vuelva a intentarlo en un momento.',
      unexpected: 'Seam envió una respuesta que esta página no pudo leer. Vuelva a intentarlo; si sigue ocurriendo, avise a su administrador.',
      aborted: 'Se canceló la solicitud.',
      unauthorized: 'Se rechazó la sesión. Vuelva a iniciar sesión o consulte a su administrador.',
      httpStatus: 'La API de Seam respondió {status} {statusText}',
      actionFailed: 'Seam no pudo completar la acción.',
      requestId: '{message} (ID de solicitud {id}, para el soporte de Seam)',
    },
    configErrors: {
      missing: 'No hay credenciales de Seam: configure un token de sesión de cliente, o una clave publicable y una clave de identificador de usuario.',
      conflict: 'Indique un token de sesión de cliente o una clave publicable con una clave de identificador de usuario, pero no ambos.',
      'malformed-token': 'El token de sesión de cliente no es válido: los tokens de sesión de cliente empiezan por «seam_cst».',
      'missing-publishable-key': 'Se indicó una clave de identificador de usuario sin clave publicable.',
      'missing-user-identifier-key': 'Una clave publicable necesita una clave de identificador de usuario para abrir una sesión de cliente.',
      'malformed-key': 'La clave publicable no es válida: las claves publicables empiezan por «seam_pk».',
    },
  },
}

// Data only, no import at run time: the classic script-tag file loads this
// chunk as it is, so it hands its words to the kit through the shared hub
// (LOCALE_HUB in ../load.ts).
;((globalThis as { [hub: symbol]: unknown[] })[Symbol.for('access-code-elements/locales')] ??= []).push(['es', es])
