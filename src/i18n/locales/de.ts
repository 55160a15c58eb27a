import type { LocaleWords } from '../load.js'

// German: formal address (Sie), „…“ quotes. Seam's product names, the
// codes and the {placeholders} stay as in English; a count chooses its words
// with {count, plural, …} (see the catalog's fill).

const refresh = 'Prüfen Sie, ob das Schloss online ist und seine Batterien geladen sind.'
const freeSlots = 'Entfernen Sie nicht mehr benötigte Codes von diesem Schloss und versuchen Sie es dann erneut.'
const reconnectPower =
  'Prüfen Sie die Stromversorgung oder die Batterien des Schlosses und seine WLAN- oder Hub-Verbindung. Der Code wird gespeichert, sobald das Schloss wieder online ist.'

const de: LocaleWords = {
  strings: {
    configTitle: 'Zugangscodes können nicht angezeigt werden',
    noDevice: 'Kein Schloss ausgewählt: Setzen Sie das Attribut device-id.',
    noSession:
      'Dieses Element hat keine Seam-Sitzung: Setzen Sie es in einen <seam-provider> oder geben Sie ihm ein Client-Session-Token bzw. einen Publishable Key und einen User Identifier Key.',
    loading: 'Zugangscodes werden geladen…',
    loadFailed: 'Die Zugangscodes konnten nicht geladen werden.',
    tryAgain: 'Erneut versuchen',
    stale: 'Aktualisierung fehlgeschlagen: Die Angaben sind möglicherweise nicht mehr aktuell.',
    moreComing: 'Weitere Codes werden geladen…',
    unnamed: 'Unbenannter Code',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyCode: 'Code von {name} kopieren',
    pinHidden: 'Vom Schlossanbieter verborgen',
    pinWaiting: 'Wartet auf einen Code vom Schloss',
    pinNone: 'Kein Code',
    ongoing: 'Unbefristet',
    startsEnds: 'Ab {start} · bis {end}',
    activeUntil: 'Aktiv bis {end}',
    ended: 'Beendet am {end}',
    startsAt: 'Ab {start}',
    cancel: 'Abbrechen',
    close: 'Schließen',
    delete: 'Löschen',
    deleting: 'Wird gelöscht…',
    heading: 'Zugangscodes',
    unmanagedHeading: 'Außerhalb von Seam angelegte Codes',
    searchLabel: 'Nach Name oder Code suchen',
    searchPlaceholder: 'Name oder Code suchen',
    summary: '{count, plural, one {# Code} other {# Codes}} · {issues} mit Problemen',
    summaryFiltered: '{shown} von {count, plural, one {# Code} other {# Codes}} angezeigt · {issues} mit Problemen',
    onlyIssues: 'Nur Codes mit Problemen',
    colName: 'Name',
    colCode: 'Code',
    colSchedule: 'Zeitraum',
    colStatus: 'Status',
    colStarts: 'Beginn',
    colEnds: 'Ende',
    colCreated: 'Erstellt',
    colIssues: 'Probleme',
    colActions: 'Aktionen',
    empty: 'Für dieses Schloss verwaltet Seam noch keine Zugangscodes.',
    noMatch: 'Kein Code entspricht Ihrer Suche.',
    confirmDelete: '„{name}“ vom Schloss löschen?',
    deleteCode: '{name} löschen',
    deleteFailed: 'Löschen fehlgeschlagen: {reason}',
    offlineNoDelete: 'Offline-Code: Er läuft von selbst ab und kann hier nicht gelöscht werden.',
    statusChanged: '{name}: {status}',
    codeRemoved: '{name} wurde gelöscht.',
    flagOffline: 'Offline-Code',
    flagOneTime: 'Einmalig gültig',
    flagBackupAvailable: 'Ersatzcode verfügbar',
    flagBackupInUse: 'Ersatzcode in Verwendung',
    flagLinked: 'Mit Codes an anderen Schlössern verknüpft',
    flagExternal: 'Änderungen außerhalb von Seam erlaubt',
    flagScheduled: 'Zeitplan im Schloss gespeichert',
    issueError: 'Fehler',
    whatToDo: 'Was Sie tun können:',
    seamSays: 'Meldung von Seam: {message}',
    group_access_code: 'Dieser Code',
    group_device: 'Das Schloss',
    group_connected_account: 'Das verbundene Konto',
    group_bridge: 'Seam Bridge',
    group_unknown: 'Sonstiges',
    issueWarning: 'Warnung',
    unmanagedEmpty: 'Auf diesem Schloss wurden keine Codes außerhalb von Seam angelegt.',
    convert: 'Umwandeln',
    convertCode: '{name} in einen verwalteten Code umwandeln',
    convertAll: '{count, plural, one {Umwandeln (#)} other {Alle umwandeln (#)}}',
    convertAllProgress: 'Code {done} von {count} wird umgewandelt…',
    convertAllDone: '{converted} umgewandelt, {failed} fehlgeschlagen, {skipped} nicht versucht.',
    cannotManage: 'Seam kann diesen Code nicht verwalten.',
    deleteOnlyInApp: 'Dieser Code kann nur in der App des Herstellers gelöscht werden.',
    deletingFromLock: 'Wird vom Schloss gelöscht…',
    converting: 'Wird umgewandelt…',
    dialogTitle: 'Diesen Code von Seam verwalten lassen',
    dialogMeaning:
      'Seam verwaltet diesen Code ab jetzt: Er erscheint bei den verwalteten Codes des Schlosses, und Seam sorgt dafür, dass er im Schloss gespeichert bleibt.',
    device: 'Schloss',
    allowExternal: 'Änderungen außerhalb von Seam zulassen',
    allowExternalYes: 'Änderungen in der App des Herstellers oder am Tastenfeld bleiben erhalten.',
    allowExternalNo: 'Ändert jemand den Code außerhalb von Seam, stellt Seam ihn so wieder her, wie er jetzt ist.',
    force: 'Von einem anderen Seam-Workspace übernehmen',
    forceMeaning:
      'Ein anderer Seam-Workspace verwaltet diesen Code. Bei der Übernahme wechselt er in diesen Workspace; der andere Workspace verliert ihn.',
    confirmConvert: 'Umwandeln',
    convertingProgress: 'Wird umgewandelt… Seam übernimmt den Code im Schloss.',
    converted: 'Der Code wird jetzt von Seam verwaltet.',
    convertFailed: 'Der Code konnte nicht umgewandelt werden. Er bleibt unverändert außerhalb von Seam.',
    convertPending:
      'Das dauert länger als üblich. Die Umwandlung läuft im Hintergrund weiter; die Listen werden aktualisiert, sobald sie abgeschlossen ist, und Sie können diesen Dialog schließen.',
    convertRequestFailed: 'Die Umwandlung konnte nicht gestartet werden: {reason}',
    retry: 'Erneut versuchen',
    noCodeChosen: 'Kein Code zum Umwandeln ausgewählt.',
  },
  catalog: {
    issues: {
      failed_to_set_on_device: {
        title: 'Code nicht im Schloss gespeichert',
        explanation: 'Seam konnte diesen Code nicht auf das Schloss übertragen.',
        action: `${refresh} Erscheint der Code weiterhin nicht, löschen Sie ihn und legen Sie ihn neu an.`,
      },
      failed_to_remove_from_device: {
        title: 'Code nicht vom Schloss entfernt',
        explanation: 'Seam konnte diesen Code nicht vom Schloss entfernen; er öffnet die Tür möglicherweise noch.',
        action: `${refresh} Versuchen Sie dann erneut, den Code zu entfernen, oder entfernen Sie ihn direkt am Schloss oder in der App des Herstellers.`,
      },
      duplicate_code_on_device: {
        title: 'PIN bereits im Schloss vorhanden',
        explanation: 'Ein anderer Code auf diesem Schloss verwendet bereits dieselbe PIN, daher kann dieser Code nicht gespeichert werden.',
        action: 'Löschen Sie den anderen Code, wandeln Sie ihn um, damit Seam ihn verwaltet, oder wählen Sie für diesen Code eine andere PIN.',
      },
      duplicate_code_attempt_prevented: {
        title: 'Änderung verhindert',
        explanation: 'Eine Änderung dieses Codes wurde verhindert, weil sie eine doppelte PIN auf das Schloss gebracht hätte.',
        action: 'Wählen Sie eine PIN, die kein anderer Code auf diesem Schloss verwendet, oder entfernen Sie den Code, der sie bereits hat.',
      },
      no_space_for_access_code_on_device: {
        title: 'Schloss ist voll',
        explanation: 'Im Schloss ist kein Platz für einen weiteren Code.',
        action: freeSlots,
      },
      provider_issue: {
        title: 'Problem beim Schlossanbieter',
        explanation: 'Ein Problem beim Schlossanbieter verhindert, dass dieser Code gespeichert oder verwaltet wird.',
        action: 'Lesen Sie in den Angaben von Seam nach, was schiefgelaufen ist. Versuchen Sie es später erneut und wenden Sie sich an den Schlossanbieter, wenn das Problem bestehen bleibt.',
      },
      conflicting_external_modification: {
        title: 'Außerhalb von Seam geändert',
        explanation:
          'Nachdem Seam diesen Code gespeichert hatte, wurde er außerhalb von Seam geändert oder entfernt. Weil das dem Code in Seam widerspricht, speichert Seam ihn erneut im Schloss.',
        action: 'Sie müssen nichts tun. Ändern Sie diesen Code nur hier, damit Ihre Änderungen nicht rückgängig gemacht werden.',
      },
      access_code_inactive: {
        title: 'Code im Schloss deaktiviert',
        explanation: 'Der Code ist im Schloss vorhanden, aber deaktiviert; er öffnet die Tür erst, wenn er wieder aktiviert ist.',
        action: 'Aktivieren Sie den Code am Schloss oder in der App des Herstellers wieder, oder löschen Sie ihn und legen Sie ihn neu an.',
      },
      insufficient_permissions: {
        title: 'Administratorrolle erforderlich',
        explanation: 'Das verbundene Konto darf auf diesem Schloss keine PINs verwalten: Dafür ist eine Administratorrolle nötig.',
        action: 'Bitten Sie einen Administrator, Ihre Rolle anzupassen oder die PIN selbst festzulegen.',
      },
      smartthings_failed_to_set_access_code: {
        title: 'Code nicht über SmartThings gespeichert',
        explanation: 'Seam konnte diesen Code nicht über SmartThings im Schloss speichern.',
        action: 'Prüfen Sie, ob das Schloss und sein SmartThings-Hub online sind. Erscheint der Code weiterhin nicht, löschen Sie ihn und legen Sie ihn neu an.',
      },
      smartthings_failed_to_set_after_multiple_retries: {
        title: 'Code nach mehreren Versuchen nicht gespeichert',
        explanation: 'Seam hat mehrmals vergeblich versucht, diesen Code im Schloss zu speichern.',
        action: 'Prüfen Sie, ob das Schloss und sein Hub online sind. Löschen Sie den Code dann und legen Sie ihn neu an.',
      },
      smartthings_no_free_slots_available: {
        title: 'Keine freien Codeplätze',
        explanation: 'Alle Codeplätze dieses Schlosses sind belegt, daher kann dieser Code nicht hinzugefügt werden.',
        action: freeSlots,
      },
      igloohome_bridge_too_many_pending_jobs: {
        title: 'Bridge ist ausgelastet',
        explanation: 'Die igloohome-Bridge dieses Schlosses hat zu viele wartende Aufgaben, daher konnte dieser Code noch nicht bearbeitet werden.',
        action: 'Achten Sie darauf, dass die Bridge mit Strom versorgt und online ist, warten Sie, bis sie ihre Warteschlange abgearbeitet hat, und versuchen Sie es dann erneut.',
      },
      igloohome_bridge_offline: {
        title: 'Bridge offline',
        explanation: 'Die igloohome-Bridge dieses Schlosses ist offline, daher kann Seam das Schloss nicht erreichen.',
        action: 'Prüfen Sie, ob die Bridge eingesteckt und mit dem WLAN verbunden ist. Der Code wird gespeichert, sobald die Bridge wieder online ist.',
      },
      igloohome_offline_access_code_no_variance_available: {
        title: 'Höchstzahl an Codes erreicht',
        explanation: 'Dieses Schloss hat die Höchstzahl an Codes erreicht, die es speichern kann.',
        action: freeSlots,
      },
      kwikset_unable_to_confirm_code: {
        title: 'Code nicht bestätigt',
        explanation: 'Seam konnte bei Kwikset nicht bestätigen, dass dieser Code im Schloss gespeichert ist.',
        action: 'Probieren Sie den Code am Schloss aus oder suchen Sie ihn in der Kwikset-App. Fehlt er, löschen Sie ihn und legen Sie ihn neu an.',
      },
      kwikset_unable_to_confirm_deletion: {
        title: 'Entfernen nicht bestätigt',
        explanation: 'Seam konnte bei Kwikset nicht bestätigen, dass dieser Code vom Schloss entfernt wurde; er funktioniert möglicherweise noch.',
        action: 'Suchen Sie den Code in der Kwikset-App und entfernen Sie ihn dort, falls er noch im Schloss ist.',
      },
      kwikset_insufficient_permissions: {
        title: 'Rolle „Home Admin“ erforderlich',
        explanation: 'Das verbundene Kwikset-Konto darf auf diesem Schloss keine PINs verwalten: Dafür ist die Rolle „Home Admin“ nötig.',
        action: 'Bitten Sie einen Home Admin, Ihre Rolle in der Kwikset-App anzupassen oder die PIN selbst festzulegen.',
      },
      code_modified_external_to_seam: {
        title: 'Außerhalb von Seam geändert',
        explanation: 'Nachdem Seam diesen Code im Schloss gespeichert hatte, wurde er außerhalb von Seam geändert oder entfernt.',
        action: 'Prüfen Sie den Code am Schloss. Damit das nicht wieder passiert, ändern Sie den Code nur hier, nicht am Tastenfeld oder in einer anderen App.',
      },
      august_lock_invalid_code_length: {
        title: 'PIN-Länge nicht zulässig',
        explanation: 'Die PIN hat eine Stellenzahl, die dieses August-Schloss nicht akzeptiert.',
        action: 'Wählen Sie eine PIN mit einer Länge, die dieses Schloss akzeptiert, und versuchen Sie es dann erneut.',
      },
      august_device_programming_delay: {
        title: 'Wird noch an das Schloss übertragen',
        explanation: 'Dieser Code wurde noch nicht vollständig an das August-Schloss übertragen.',
        action: 'Warten Sie einen Moment. Dauert es länger, prüfen Sie, ob das Schloss online ist und seine Batterien geladen sind.',
      },
      august_device_slots_full: {
        title: 'Alle Codeplätze belegt',
        explanation: 'Alle Codeplätze dieses August-Schlosses sind belegt.',
        action: freeSlots,
      },
      august_lock_missing_keypad: {
        title: 'Kein Tastenfeld',
        explanation: 'Diesem August-Schloss fehlt ein Tastenfeld, daher können an ihm keine Codes verwendet werden.',
        action: 'Schließen Sie ein Tastenfeld an das Schloss an und versuchen Sie es dann erneut.',
      },
      august_lock_temporarily_offline: {
        title: 'Schloss vorübergehend offline',
        explanation: 'Dieses August-Schloss ist im Moment offline, daher erreichen es keine Änderungen.',
        action: 'Prüfen Sie die Batterien und die Verbindung des Schlosses. Der Code wird aktualisiert, sobald das Schloss wieder online ist.',
      },
      salto_ks_user_not_subscribed: {
        title: 'Salto-Benutzer ohne Abonnement',
        explanation: 'Der Benutzer des Salto-KS-Standorts, zu dem dieser Code gehört, hat kein Abonnement.',
        action: 'Bitten Sie die Administration Ihres Salto-KS-Standorts, ein Abonnement für den Benutzer einzurichten, und versuchen Sie es dann erneut.',
      },
      hubitat_device_programming_delay: {
        title: 'Wird noch an das Schloss übertragen',
        explanation: 'Dieser Code wurde noch nicht vollständig über Hubitat an das Schloss übertragen.',
        action: 'Warten Sie einen Moment. Dauert es länger, prüfen Sie, ob das Schloss und sein Hubitat-Hub online sind.',
      },
      hubitat_no_free_positions_available: {
        title: 'Keine freien Codepositionen',
        explanation: 'Alle Codepositionen dieses Schlosses sind belegt.',
        action: freeSlots,
      },
      wyze_duplicate_code_name: {
        title: 'Codename doppelt vergeben',
        explanation: 'Ein anderer Code auf diesem Wyze-Schloss hat bereits denselben Namen.',
        action: 'Geben Sie diesem Code einen anderen Namen oder benennen Sie den anderen Code um.',
      },
      wyze_potential_duplicate_code: {
        title: 'Möglicherweise doppelte PIN',
        explanation: 'Ein anderer Code auf diesem Wyze-Schloss verwendet möglicherweise bereits dieselbe PIN.',
        action: 'Suchen Sie nach einem anderen Code mit derselben PIN: Löschen Sie ihn oder wählen Sie für diesen Code eine andere PIN.',
      },
      dormakaba_oracode_no_valid_user_level: {
        title: 'Keine gültige Benutzerstufe',
        explanation: 'Für diesen Code ist keine gültige Benutzerstufe in dormakaba Oracode verfügbar.',
        action: 'Prüfen Sie die Benutzerstufen, die für diesen Standort in dormakaba Oracode eingerichtet sind, oder fragen Sie Ihre Oracode-Administration, und versuchen Sie es dann erneut.',
      },
      keynest_unsupported_third_party_locker: {
        title: 'Schließfach nicht unterstützt',
        explanation: 'Dieses KeyNest-Schließfach wird nicht unterstützt.',
        action: 'Der Zugang zu diesem Schließfach muss außerhalb von Seam geregelt werden. Wenden Sie sich an KeyNest, wenn Sie dabei Hilfe brauchen.',
      },

      account_disconnected: {
        title: 'Konto getrennt',
        explanation: 'Die Verbindung zum Konto des Schlossanbieters, über das dieses Schloss angebunden ist, ist getrennt, daher kann Seam das Schloss nicht erreichen.',
        action: 'Verbinden Sie das Konto an derselben Stelle erneut, an der Sie es ursprünglich verbunden haben.',
      },
      invalid_credentials: {
        title: 'Anmeldedaten nicht akzeptiert',
        explanation: 'Die Anmeldedaten für das Konto des Schlossanbieters wurden nicht akzeptiert.',
        action: 'Verbinden Sie das Konto mit den richtigen Anmeldedaten erneut, an derselben Stelle, an der Sie es ursprünglich verbunden haben.',
      },
      salto_ks_subscription_limit_exceeded: {
        title: 'Salto-Benutzerlimit erreicht',
        explanation: 'Der Salto-KS-Standort hat die Höchstzahl an Benutzern erreicht, daher können keine neuen Codes erstellt werden.',
        action: 'Wenden Sie sich an den Salto-Support, um das Benutzerlimit zu erhöhen.',
      },
      dormakaba_sites_disconnected: {
        title: 'Dormakaba-Standorte nicht verbunden',
        explanation: 'Ein oder mehrere dormakaba-Standorte im verbundenen Konto konnten nicht verbunden werden.',
        action: 'Wenden Sie sich an den dormakaba-Support.',
      },
      device_offline: {
        title: 'Schloss offline',
        explanation: 'Das Schloss ist offline, daher kann Seam keine Änderungen an das Schloss senden.',
        action: reconnectPower,
      },
      device_disconnected: {
        title: 'Schloss getrennt',
        explanation: 'Die Verbindung zum Schloss ist getrennt, daher kann Seam keine Änderungen an das Schloss senden.',
        action: reconnectPower,
      },
      device_removed: {
        title: 'Schloss entfernt',
        explanation: 'Dieses Schloss wurde entfernt, daher kann Seam seine Codes nicht mehr verwalten.',
        action: 'Falls das ein Versehen war, fügen Sie das Schloss wieder dem Konto hinzu, das Sie mit Seam verbunden haben.',
      },
      hub_disconnected: {
        title: 'Hub getrennt',
        explanation: 'Der Hub, über den dieses Schloss angebunden ist, ist getrennt, daher kann Seam das Schloss nicht erreichen.',
        action: 'Prüfen Sie, ob der Hub eingesteckt und online ist. Änderungen erreichen das Schloss, sobald der Hub wieder verbunden ist.',
      },
      empty_backup_access_code_pool: {
        title: 'Keine Ersatzcodes mehr',
        explanation: 'Für dieses Schloss sind keine Ersatzcodes mehr übrig, die einen fehlerhaften Code ersetzen könnten.',
        action: 'Bitten Sie die Person, die Ihr Seam-Konto verwaltet, Ersatzcodes für dieses Schloss hinzuzufügen.',
      },
      august_lock_not_authorized: {
        title: 'Keine Berechtigung für dieses Schloss',
        explanation: 'Das verbundene August-Konto ist nicht berechtigt, dieses Schloss zu verwenden.',
        action: 'Bitten Sie den Eigentümer des Schlosses, dem Konto Zugriff zu geben, und verbinden Sie das Konto dann erneut.',
      },
      august_lock_missing_bridge: {
        title: 'Keine Bridge',
        explanation: 'Dieses Schloss ist mit keiner Bridge verbunden, daher kann Seam es nicht erreichen.',
        action: 'Verbinden Sie das Schloss mit seiner Bridge und prüfen Sie, ob die Bridge eingesteckt und online ist.',
      },
      ttlock_lock_not_paired_to_gateway: {
        title: 'Kein Gateway',
        explanation: 'Dieses Schloss ist mit keinem Gateway gekoppelt, daher kann Seam es nicht erreichen.',
        action: 'Koppeln Sie das Schloss mit einem Gateway und prüfen Sie, ob das Gateway eingesteckt und online ist.',
      },
      lockly_missing_wifi_bridge: {
        title: 'Keine WLAN-Bridge',
        explanation: 'Dieses Lockly-Schloss ist mit keiner WLAN-Bridge verbunden, daher kann Seam es nicht erreichen.',
        action: 'Verbinden Sie das Schloss mit einer WLAN-Bridge und prüfen Sie, ob die Bridge eingesteckt und online ist.',
      },
      missing_device_credentials: {
        title: 'Zugangsdaten des Geräts fehlen',
        explanation: 'Die Zugangsdaten, die Seam für dieses Gerät braucht, fehlen.',
        action: 'Verbinden Sie das Konto an derselben Stelle erneut, an der Sie es ursprünglich verbunden haben, und machen Sie alle Angaben, nach denen dort gefragt wird.',
      },
      auxiliary_heat_running: {
        title: 'Zusatzheizung läuft',
        explanation: 'Die Zusatzheizung des Geräts läuft.',
        action: 'Das betrifft die Heizung des Geräts, nicht seine Codes: Hier ist nichts zu tun.',
      },
      subscription_required: {
        title: 'Abonnement erforderlich',
        explanation: 'Für die Verbindung dieses Geräts ist ein Abonnement erforderlich.',
        action: 'Schließen Sie beim Anbieter des Geräts ein Abonnement ab oder verlängern Sie es, und versuchen Sie es dann erneut.',
      },
      bridge_disconnected: {
        title: 'Seam Bridge getrennt',
        explanation:
          'Seam kann nicht mit Seam Bridge kommunizieren, zum Beispiel weil das Programm Seam Bridge beendet wurde oder der Computer, auf dem es läuft, offline ist.',
        action: 'Prüfen Sie, ob der Computer mit Seam Bridge eingeschaltet und online ist und ob das Programm Seam Bridge läuft.',
      },

      delay_in_setting_on_device: {
        title: 'Speichern dauert länger',
        explanation: 'Das Speichern dieses Codes im Schloss dauert länger als üblich.',
        action: `${refresh} Ist es bald abgeschlossen, müssen Sie nichts tun.`,
      },
      delay_in_removing_from_device: {
        title: 'Entfernen dauert länger',
        explanation: 'Das Entfernen dieses Codes vom Schloss dauert länger als üblich; er funktioniert vorerst möglicherweise noch.',
        action: `${refresh} Ist es bald abgeschlossen, müssen Sie nichts tun.`,
      },
      third_party_integration_detected: {
        title: 'Anderer Dienst erkannt',
        explanation: 'Ein anderer Dienst, der mit diesem Schloss verbunden ist, wurde erkannt. Er kann dazu führen, dass Codes fehlschlagen.',
        action: 'Trennen Sie nach Möglichkeit andere Dienste, die Codes auf diesem Schloss verwalten, sodass nur Seam das tut.',
      },
      schlage_detected_duplicate: {
        title: 'Möglicherweise doppelte PIN',
        explanation: 'Schlage hat auf diesem Schloss einen anderen Code mit derselben PIN erkannt.',
        action: 'Löschen Sie den anderen Code oder wählen Sie für diesen Code eine andere PIN.',
      },
      schlage_creation_outage: {
        title: 'Fehler beim Anlegen des Codes',
        explanation: 'Schlage hat einen Fehler gemeldet, als Seam diesen Code anlegen wollte.',
        action: 'Warten Sie eine Weile und prüfen Sie dann, ob der Code im Schloss ist. Falls nicht, löschen Sie ihn und legen Sie ihn neu an.',
      },
      igloo_algopin_must_be_used_within_24_hours: {
        title: 'Innerhalb von 24 Stunden verwenden',
        explanation: 'Diese Art von igloo-Code (ein algoPIN) muss innerhalb von 24 Stunden verwendet werden.',
        action: 'Sorgen Sie dafür, dass die Person den Code innerhalb von 24 Stunden verwendet. Ist das nicht möglich, legen Sie den Code erst kurz vor dem Zeitpunkt an, an dem er gebraucht wird.',
      },
      management_transferred: {
        title: 'Von anderem Workspace verwaltet',
        explanation: 'Die Verwaltung dieses Codes wurde an einen anderen Seam-Workspace übertragen.',
        action: 'Um ihn wieder von hier aus zu verwalten, wandeln Sie ihn um und wählen Sie, ihn aus dem anderen Workspace zu übernehmen.',
      },
      code_rotates_periodically: {
        title: 'PIN wechselt regelmäßig',
        explanation: 'Die PIN dieses Codes ändert sich bei jeder Erneuerung des Codes.',
        action: 'Schlagen Sie vor jeder Verwendung die aktuelle PIN nach und geben Sie diese weiter.',
      },
      time_frame_adjusted_for_unknown_time_zone: {
        title: 'Zeitfenster um eine Stunde erweitert',
        explanation:
          'Die Zeitzone des Schlosses ist unbekannt, und das Zeitfenster dieses Codes reicht über eine Zeitumstellung. Damit der Code weiter funktioniert, wurde an einem Ende eine Stunde hinzugefügt; er kann also bis zu eine Stunde außerhalb der gewählten Zeiten funktionieren.',
        action: 'Bitten Sie die Person, die Ihr Seam-Konto verwaltet, die Zeitzone des Schlosses festzulegen; die zusätzliche Stunde entfällt dann.',
      },
      external_modification_in_effect: {
        title: 'Außerhalb von Seam geändert',
        explanation:
          'Nachdem Seam diesen Code gespeichert hatte, wurde er außerhalb von Seam geändert oder entfernt. Für diesen Code sind Änderungen von außen erlaubt, daher bleibt die Änderung bestehen.',
        action: 'War die Änderung beabsichtigt, müssen Sie nichts tun. Andernfalls bearbeiten Sie den Code hier.',
      },
      using_backup_access_code: {
        title: 'Ersatzcode in Verwendung',
        explanation: 'Ein Ersatzcode wurde abgerufen und wird anstelle dieses Codes verwendet.',
        action: 'Geben Sie der Person, die Zugang braucht, den Ersatzcode statt dieses Codes.',
      },
      being_deleted: {
        title: 'Wird gelöscht',
        explanation: 'Dieser Code wird gerade gelöscht.',
        action: 'Sie müssen nichts tun.',
      },
      unknown_issue_with_access_code: {
        title: 'Unbekanntes Problem',
        explanation: 'Bei diesem Code ist ein unbekanntes Problem aufgetreten.',
        action: 'Lesen Sie die Angaben von Seam und prüfen Sie den Code am Schloss. Besteht das Problem weiter, löschen Sie den Code und legen Sie ihn neu an.',
      },
    },
    issueFallback: {
      errorTitle: 'Nicht erkanntes Problem',
      warningTitle: 'Nicht erkannte Warnung',
      errorExplanation: 'Seam hat ein Problem mit diesem Code gemeldet, das diese Seite nicht kennt.',
      warningExplanation: 'Seam hat eine Warnung zu diesem Code gemeldet, die diese Seite nicht kennt.',
      action: 'Prüfen Sie den Code am Schloss. Besteht das Problem weiter, wenden Sie sich an die Person, die Ihr Seam-Konto verwaltet.',
    },
    status: {
      setting: { label: 'Wird eingerichtet', meaning: 'Wird gerade auf das Schloss übertragen.' },
      set: { label: 'Eingerichtet', meaning: 'Im Schloss gespeichert und funktionsfähig.' },
      unset: { label: 'Nicht eingerichtet', meaning: 'Nicht im Schloss, zum Beispiel vor dem geplanten Beginn oder nach dem Ende.' },
      removing: { label: 'Wird entfernt', meaning: 'Wird gerade vom Schloss entfernt.' },
      unknown: {
        label: 'Unbekannt',
        meaning: 'Seam kann nicht feststellen, ob dieser Code im Schloss ist, zum Beispiel weil die Verbindung zum Konto getrennt ist.',
      },
    },
    unknownStatus: {
      label: 'Nicht erkannter Status',
      meaning: 'Seam hat für diesen Code einen Status gemeldet, den diese Seite nicht kennt.',
    },
    provider: {
      cannotConvert:
        '{provider} schränkt ein, was Seam über außerhalb von Seam angelegte Codes sehen kann, daher kann Seam diesen Code nicht übernehmen. Sie können ihn unverändert im Schloss lassen; für einen Code, den Seam verwaltet, legen Sie in Seam einen neuen an.',
      hidesPin: '{provider} gibt die PINs von außerhalb von Seam angelegten Codes nicht weiter, daher kann die PIN dieses Codes nicht angezeigt werden.',
      noUnmanagedCodes: '{provider} unterstützt das Auflisten von außerhalb von Seam angelegten Codes nicht, daher erscheinen solche Codes dieses Schlosses hier nicht.',
      unknownProvider: 'Der Schlossanbieter',
    },
    errors: {
      network: 'Seam war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
      timeout: 'Seam hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.',
      unexpected: 'Seam hat eine Antwort gesendet, die diese Seite nicht lesen konnte. Versuchen Sie es erneut; tritt das wiederholt auf, wenden Sie sich an Ihre Administration.',
      aborted: 'Die Anfrage wurde abgebrochen.',
      unauthorized: 'Die Sitzung wurde abgelehnt. Melden Sie sich erneut an oder wenden Sie sich an Ihre Administration.',
      httpStatus: 'Die Seam-API hat mit {status} {statusText} geantwortet',
      actionFailed: 'Seam konnte die Aktion nicht abschließen.',
      requestId: '{message} (Anfrage-ID {id}, für den Seam-Support)',
    },
    configErrors: {
      missing: 'Keine Seam-Zugangsdaten: Geben Sie ein Client-Session-Token an oder einen Publishable Key und einen User Identifier Key.',
      conflict: 'Geben Sie entweder ein Client-Session-Token oder einen Publishable Key mit einem User Identifier Key an, nicht beides.',
      'malformed-token': 'Das Client-Session-Token ist fehlerhaft: Client-Session-Tokens beginnen mit „seam_cst“.',
      'missing-publishable-key': 'Es wurde ein User Identifier Key ohne Publishable Key angegeben.',
      'missing-user-identifier-key': 'Ein Publishable Key braucht einen User Identifier Key, um eine Client-Session zu öffnen.',
      'malformed-key': 'Der Publishable Key ist fehlerhaft: Publishable Keys beginnen mit „seam_pk“.',
    },
  },
}

// Data only, no import at run time: the classic script-tag file loads this
// chunk as it is, so it hands its words to the kit through the shared hub
// (LOCALE_HUB in ../load.ts).
;((globalThis as { [hub: symbol]: unknown[] })[Symbol.for('access-code-elements/locales')] ??= []).push(['de', de])
