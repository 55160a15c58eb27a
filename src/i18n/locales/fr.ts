import type { LocaleWords } from '../load.js'

// French: formal address (vous), « … » quotes; a no-break space (\u00a0)
// before a colon and inside the quotes, a narrow one (\u202f) before ; ? !
// Seam's product names, the codes and the {placeholders} stay as in
// English; a count chooses its words with {count, plural, …} (see the
// catalog's fill).

const refresh = 'Vérifiez que la serrure est en ligne et que ses piles sont chargées.'
const freeSlots = 'Supprimez de cette serrure les codes dont vous n’avez plus besoin, puis réessayez.'
const reconnectPower =
  'Vérifiez l’alimentation ou les piles de la serrure, ainsi que sa connexion Wi-Fi ou au hub. Le code sera programmé dès que la serrure sera de nouveau en ligne.'

const fr: LocaleWords = {
  strings: {
    configTitle: 'Impossible d’afficher les codes d’accès',
    noDevice: 'Aucune serrure choisie\u00a0: définissez l’attribut device-id.',
    noSession:
      'Cet élément n’a pas de session Seam\u00a0: placez-le dans un <seam-provider>, ou donnez-lui un jeton de session client, ou bien une clé publiable et une clé d’identifiant utilisateur.',
    loading: 'Chargement des codes d’accès…',
    loadFailed: 'Les codes d’accès n’ont pas pu être chargés.',
    tryAgain: 'Réessayer',
    stale: 'Actualisation impossible\u00a0: les informations affichées ne sont peut-être plus à jour.',
    moreComing: 'Chargement d’autres codes…',
    unnamed: 'Code sans nom',
    copy: 'Copier',
    copied: 'Copié',
    copyCode: 'Copier le code de {name}',
    pinHidden: 'Masqué par le fournisseur de la serrure',
    pinWaiting: 'En attente d’un code attribué par la serrure',
    pinNone: 'Aucun code',
    ongoing: 'Permanent',
    startsEnds: 'Du {start} au {end}',
    activeUntil: 'Actif jusqu’au {end}',
    ended: 'Terminé le {end}',
    startsAt: 'À partir du {start}',
    cancel: 'Annuler',
    close: 'Fermer',
    delete: 'Supprimer',
    deleting: 'Suppression…',
    heading: 'Codes d’accès',
    unmanagedHeading: 'Codes créés en dehors de Seam',
    searchLabel: 'Rechercher par nom ou par code',
    searchPlaceholder: 'Nom ou code',
    summary: '{count, plural, one {# code} other {# codes}} · {issues} avec des problèmes',
    summaryFiltered: '{shown, plural, one {# code affiché} other {# codes affichés}} sur {count} · {issues} avec des problèmes',
    onlyIssues: 'Seulement les codes avec des problèmes',
    colName: 'Nom',
    colCode: 'Code',
    colSchedule: 'Période',
    colStatus: 'Statut',
    colStarts: 'Début',
    colEnds: 'Fin',
    colCreated: 'Créé le',
    colIssues: 'Problèmes',
    colActions: 'Actions',
    empty: 'Seam ne gère encore aucun code d’accès sur cette serrure.',
    noMatch: 'Aucun code ne correspond à votre recherche.',
    confirmDelete: 'Supprimer «\u00a0{name}\u00a0» de la serrure\u202f?',
    deleteCode: 'Supprimer {name}',
    deleteFailed: 'Suppression impossible\u00a0: {reason}',
    offlineNoDelete: 'Code hors ligne\u00a0: il expire de lui-même et ne peut pas être supprimé ici.',
    statusChanged: '{name}\u00a0: {status}',
    codeRemoved: 'Le code {name} a été supprimé.',
    flagOffline: 'Code hors ligne',
    flagOneTime: 'Usage unique',
    flagBackupAvailable: 'Code de secours disponible',
    flagBackupInUse: 'Code de secours utilisé',
    flagLinked: 'Lié à des codes d’autres serrures',
    flagExternal: 'Modifications hors de Seam autorisées',
    flagScheduled: 'Horaires enregistrés dans la serrure',
    issueError: 'Problème',
    whatToDo: 'Ce que vous pouvez faire\u00a0:',
    seamSays: 'Message de Seam\u00a0: {message}',
    group_access_code: 'Ce code',
    group_device: 'La serrure',
    group_connected_account: 'Le compte connecté',
    group_bridge: 'Seam Bridge',
    group_unknown: 'Autre',
    issueWarning: 'Avertissement',
    unmanagedEmpty: 'Aucun code de cette serrure n’a été créé en dehors de Seam.',
    convert: 'Convertir',
    convertCode: 'Convertir {name} en code géré',
    convertAll: '{count, plural, one {Convertir (#)} other {Tout convertir (#)}}',
    convertAllProgress: 'Conversion {done} sur {count}…',
    convertAllDone: '{converted, plural, one {# converti} other {# convertis}}, {failed} en échec, {skipped, plural, one {# non tenté} other {# non tentés}}.',
    cannotManage: 'Seam ne peut pas gérer ce code.',
    deleteOnlyInApp: 'Ce code ne peut être supprimé que dans l’application du fabricant.',
    deletingFromLock: 'Suppression de la serrure…',
    converting: 'Conversion…',
    dialogTitle: 'Confier la gestion de ce code à Seam',
    dialogMeaning:
      'Seam gérera désormais ce code\u00a0: il apparaîtra parmi les codes gérés de la serrure, et Seam veillera à ce qu’il reste programmé sur la serrure.',
    device: 'Serrure',
    allowExternal: 'Autoriser les modifications faites en dehors de Seam',
    allowExternalYes: 'Les modifications faites dans l’application du fabricant ou sur le clavier sont conservées.',
    allowExternalNo: 'Si quelqu’un modifie le code en dehors de Seam, Seam le rétablit tel qu’il est maintenant.',
    force: 'Reprendre depuis un autre espace de travail Seam',
    forceMeaning:
      'Un autre espace de travail Seam gère ce code. Le reprendre le déplace dans cet espace de travail\u202f; l’autre espace de travail le perd.',
    confirmConvert: 'Convertir',
    convertingProgress: 'Conversion… Seam prend en charge le code sur la serrure.',
    converted: 'Le code est désormais géré par Seam.',
    convertFailed: 'Le code n’a pas pu être converti. Il reste tel quel, en dehors de Seam.',
    convertPending:
      'Cela prend plus de temps que d’habitude. La conversion se poursuit en arrière-plan\u202f; les listes se mettront à jour à la fin, et vous pouvez fermer cette fenêtre.',
    convertRequestFailed: 'La conversion n’a pas pu démarrer\u00a0: {reason}',
    retry: 'Réessayer',
    noCodeChosen: 'Aucun code choisi pour la conversion.',
  },
  catalog: {
    issues: {
      failed_to_set_on_device: {
        title: 'Code non programmé sur la serrure',
        explanation: 'Seam n’a pas pu programmer ce code sur la serrure.',
        action: `${refresh} Si le code n’apparaît toujours pas, supprimez-le et créez-le à nouveau.`,
      },
      failed_to_remove_from_device: {
        title: 'Code non retiré de la serrure',
        explanation: 'Seam n’a pas pu retirer ce code de la serrure\u202f; il peut donc encore ouvrir la porte.',
        action: `${refresh} Réessayez ensuite de retirer le code, ou retirez-le directement sur la serrure ou dans l’application du fabricant.`,
      },
      duplicate_code_on_device: {
        title: 'Code PIN déjà présent sur la serrure',
        explanation: 'Un autre code de cette serrure utilise déjà le même code PIN\u202f; ce code ne peut donc pas être programmé.',
        action: 'Supprimez l’autre code, convertissez-le pour que Seam le gère, ou choisissez un autre code PIN pour ce code.',
      },
      duplicate_code_attempt_prevented: {
        title: 'Modification bloquée',
        explanation: 'Une modification de ce code a été empêchée, car elle aurait mis un code PIN en double sur la serrure.',
        action: 'Choisissez un code PIN qu’aucun autre code de cette serrure n’utilise, ou retirez le code qui l’utilise déjà.',
      },
      no_space_for_access_code_on_device: {
        title: 'Serrure pleine',
        explanation: 'La serrure n’a plus de place pour un autre code.',
        action: freeSlots,
      },
      provider_issue: {
        title: 'Problème chez le fournisseur de la serrure',
        explanation: 'Un problème chez le fournisseur de la serrure empêche de programmer ou de gérer ce code.',
        action: 'Consultez les détails fournis par Seam pour savoir ce qui s’est passé. Réessayez plus tard, et contactez le fournisseur de la serrure si le problème persiste.',
      },
      conflicting_external_modification: {
        title: 'Modifié en dehors de Seam',
        explanation:
          'Après sa programmation par Seam, ce code a été modifié ou supprimé en dehors de Seam. Comme cela contredit le code tel qu’il est dans Seam, Seam va le reprogrammer sur la serrure.',
        action: 'Aucune action n’est nécessaire. Modifiez ce code uniquement ici, pour que vos modifications ne soient pas annulées.',
      },
      access_code_inactive: {
        title: 'Code désactivé sur la serrure',
        explanation: 'Le code existe sur la serrure mais il est désactivé\u202f; il n’ouvrira pas la porte tant qu’il ne sera pas réactivé.',
        action: 'Réactivez le code sur la serrure ou dans l’application du fabricant, ou supprimez-le et créez-le à nouveau.',
      },
      insufficient_permissions: {
        title: 'Rôle d’administrateur requis',
        explanation: 'Le compte connecté n’est pas autorisé à gérer les codes PIN de cette serrure\u00a0: un rôle d’administrateur est requis.',
        action: 'Demandez à un administrateur de modifier votre rôle, ou de définir lui-même le code PIN.',
      },
      smartthings_failed_to_set_access_code: {
        title: 'Code non programmé via SmartThings',
        explanation: 'Seam n’a pas pu programmer ce code sur la serrure via SmartThings.',
        action: 'Vérifiez que la serrure et son hub SmartThings sont en ligne. Si le code n’apparaît toujours pas, supprimez-le et créez-le à nouveau.',
      },
      smartthings_failed_to_set_after_multiple_retries: {
        title: 'Code non programmé après plusieurs essais',
        explanation: 'Seam a essayé plusieurs fois de programmer ce code sur la serrure, sans succès.',
        action: 'Vérifiez que la serrure et son hub sont en ligne, puis supprimez le code et créez-le à nouveau.',
      },
      smartthings_no_free_slots_available: {
        title: 'Aucun emplacement de code libre',
        explanation: 'Tous les emplacements de code de cette serrure sont occupés\u202f; ce code ne peut donc pas être ajouté.',
        action: freeSlots,
      },
      igloohome_bridge_too_many_pending_jobs: {
        title: 'Passerelle surchargée',
        explanation: 'La passerelle igloohome de cette serrure a trop de tâches en attente\u202f; ce code n’a donc pas encore pu être traité.',
        action: 'Assurez-vous que la passerelle est alimentée et en ligne, attendez qu’elle ait traité sa file d’attente, puis réessayez.',
      },
      igloohome_bridge_offline: {
        title: 'Passerelle hors ligne',
        explanation: 'La passerelle igloohome de cette serrure est hors ligne\u202f; Seam ne peut donc pas joindre la serrure.',
        action: 'Vérifiez que la passerelle est branchée et connectée au Wi-Fi. Le code sera programmé dès que la passerelle sera de nouveau en ligne.',
      },
      igloohome_offline_access_code_no_variance_available: {
        title: 'Nombre maximal de codes atteint',
        explanation: 'Cette serrure a atteint le nombre maximal de codes qu’elle peut contenir.',
        action: freeSlots,
      },
      kwikset_unable_to_confirm_code: {
        title: 'Code non confirmé',
        explanation: 'Seam n’a pas pu confirmer auprès de Kwikset que ce code se trouve sur la serrure.',
        action: 'Essayez le code sur la serrure ou cherchez-le dans l’application Kwikset. S’il n’y est pas, supprimez-le et créez-le à nouveau.',
      },
      kwikset_unable_to_confirm_deletion: {
        title: 'Retrait non confirmé',
        explanation: 'Seam n’a pas pu confirmer auprès de Kwikset que ce code a été retiré de la serrure\u202f; il peut donc encore fonctionner.',
        action: 'Cherchez le code dans l’application Kwikset et retirez-le s’il est toujours sur la serrure.',
      },
      kwikset_insufficient_permissions: {
        title: 'Rôle Home Admin requis',
        explanation: 'Le compte Kwikset connecté n’est pas autorisé à gérer les codes PIN de cette serrure\u00a0: le rôle Home Admin est requis.',
        action: 'Demandez à un Home Admin de modifier votre rôle dans l’application Kwikset, ou de définir lui-même le code PIN.',
      },
      code_modified_external_to_seam: {
        title: 'Modifié en dehors de Seam',
        explanation: 'Après sa programmation sur la serrure par Seam, ce code a été modifié ou supprimé en dehors de Seam.',
        action: 'Vérifiez le code sur la serrure. Pour éviter cela, modifiez le code uniquement ici, et non sur le clavier ou dans une autre application.',
      },
      august_lock_invalid_code_length: {
        title: 'Longueur de code PIN refusée',
        explanation: 'Le code PIN a un nombre de chiffres que cette serrure August n’accepte pas.',
        action: 'Choisissez un code PIN d’une longueur acceptée par cette serrure, puis réessayez.',
      },
      august_device_programming_delay: {
        title: 'Envoi à la serrure en cours',
        explanation: 'Ce code n’a pas encore été entièrement envoyé à la serrure August.',
        action: 'Patientez un peu. Si cela dure, vérifiez que la serrure est en ligne et que ses piles sont chargées.',
      },
      august_device_slots_full: {
        title: 'Emplacements de code tous occupés',
        explanation: 'Tous les emplacements de code de cette serrure August sont occupés.',
        action: freeSlots,
      },
      august_lock_missing_keypad: {
        title: 'Pas de clavier',
        explanation: 'Cette serrure August n’a pas de clavier\u202f; les codes ne peuvent donc pas y être utilisés.',
        action: 'Connectez un clavier à la serrure, puis réessayez.',
      },
      august_lock_temporarily_offline: {
        title: 'Serrure temporairement hors ligne',
        explanation: 'Cette serrure August est momentanément hors ligne\u202f; les modifications ne peuvent donc pas lui parvenir.',
        action: 'Vérifiez les piles et la connexion de la serrure. Le code sera mis à jour dès que la serrure sera de nouveau en ligne.',
      },
      salto_ks_user_not_subscribed: {
        title: 'Utilisateur Salto sans abonnement',
        explanation: 'L’utilisateur du site Salto KS associé à ce code n’a pas d’abonnement.',
        action: 'Demandez à l’administrateur de votre site Salto KS d’abonner l’utilisateur, puis réessayez.',
      },
      hubitat_device_programming_delay: {
        title: 'Envoi à la serrure en cours',
        explanation: 'Ce code n’a pas encore été entièrement envoyé à la serrure via Hubitat.',
        action: 'Patientez un peu. Si cela dure, vérifiez que la serrure et son hub Hubitat sont en ligne.',
      },
      hubitat_no_free_positions_available: {
        title: 'Aucune position de code libre',
        explanation: 'Toutes les positions de code de cette serrure sont occupées.',
        action: freeSlots,
      },
      wyze_duplicate_code_name: {
        title: 'Nom de code en double',
        explanation: 'Un autre code de cette serrure Wyze porte déjà le même nom.',
        action: 'Donnez un autre nom à ce code, ou renommez l’autre code.',
      },
      wyze_potential_duplicate_code: {
        title: 'Code PIN peut-être en double',
        explanation: 'Un autre code de cette serrure Wyze utilise peut-être déjà le même code PIN.',
        action: 'Cherchez un autre code ayant le même code PIN\u00a0: supprimez-le, ou choisissez un autre code PIN pour ce code.',
      },
      dormakaba_oracode_no_valid_user_level: {
        title: 'Aucun niveau d’utilisateur valide',
        explanation: 'Aucun niveau d’utilisateur dormakaba Oracode valide n’est disponible pour ce code.',
        action: 'Vérifiez les niveaux d’utilisateur configurés pour ce site dans dormakaba Oracode, ou interrogez votre administrateur Oracode, puis réessayez.',
      },
      keynest_unsupported_third_party_locker: {
        title: 'Casier non pris en charge',
        explanation: 'Ce casier KeyNest n’est pas pris en charge.',
        action: 'L’accès à ce casier doit être géré en dehors de Seam. Contactez KeyNest si vous avez besoin d’aide.',
      },

      account_disconnected: {
        title: 'Compte déconnecté',
        explanation: 'Le compte du fournisseur par lequel cette serrure est connectée est déconnecté\u202f; Seam ne peut donc pas joindre la serrure.',
        action: 'Reconnectez le compte à l’endroit où vous l’aviez connecté au départ.',
      },
      invalid_credentials: {
        title: 'Identifiants refusés',
        explanation: 'Les identifiants du compte du fournisseur de la serrure ont été refusés.',
        action: 'Reconnectez le compte avec les bons identifiants, à l’endroit où vous l’aviez connecté au départ.',
      },
      salto_ks_subscription_limit_exceeded: {
        title: 'Limite d’utilisateurs Salto atteinte',
        explanation: 'Le site Salto KS a atteint son nombre maximal d’utilisateurs\u202f; aucun nouveau code ne peut donc être créé.',
        action: 'Contactez l’assistance Salto pour relever la limite d’utilisateurs.',
      },
      dormakaba_sites_disconnected: {
        title: 'Sites dormakaba non connectés',
        explanation: 'Un ou plusieurs sites dormakaba du compte connecté n’ont pas pu être connectés.',
        action: 'Contactez l’assistance dormakaba.',
      },
      device_offline: {
        title: 'Serrure hors ligne',
        explanation: 'La serrure est hors ligne\u202f; Seam ne peut donc pas lui envoyer de modifications.',
        action: reconnectPower,
      },
      device_disconnected: {
        title: 'Serrure déconnectée',
        explanation: 'La serrure est déconnectée\u202f; Seam ne peut donc pas lui envoyer de modifications.',
        action: reconnectPower,
      },
      device_removed: {
        title: 'Serrure retirée',
        explanation: 'Cette serrure a été retirée\u202f; Seam ne peut donc plus gérer ses codes.',
        action: 'S’il s’agit d’une erreur, ajoutez de nouveau la serrure au compte que vous avez connecté à Seam.',
      },
      hub_disconnected: {
        title: 'Hub déconnecté',
        explanation: 'Le hub qui relie cette serrure est déconnecté\u202f; Seam ne peut donc pas joindre la serrure.',
        action: 'Vérifiez que le hub est branché et en ligne. Les modifications parviendront à la serrure dès que le hub sera reconnecté.',
      },
      empty_backup_access_code_pool: {
        title: 'Plus de codes de secours',
        explanation: 'Cette serrure n’a plus de codes de secours pour remplacer un code défaillant.',
        action: 'Demandez à la personne qui gère votre compte Seam d’ajouter des codes de secours pour cette serrure.',
      },
      august_lock_not_authorized: {
        title: 'Non autorisé pour cette serrure',
        explanation: 'Le compte August connecté n’est pas autorisé à utiliser cette serrure.',
        action: 'Demandez au propriétaire de la serrure de donner accès au compte, puis reconnectez le compte.',
      },
      august_lock_missing_bridge: {
        title: 'Pas de passerelle',
        explanation: 'Cette serrure n’est reliée à aucune passerelle\u202f; Seam ne peut donc pas la joindre.',
        action: 'Reliez la serrure à sa passerelle et vérifiez que la passerelle est branchée et en ligne.',
      },
      ttlock_lock_not_paired_to_gateway: {
        title: 'Pas de passerelle',
        explanation: 'Cette serrure n’est appairée à aucune passerelle\u202f; Seam ne peut donc pas la joindre.',
        action: 'Appairez la serrure à une passerelle et vérifiez que la passerelle est branchée et en ligne.',
      },
      lockly_missing_wifi_bridge: {
        title: 'Pas de passerelle Wi-Fi',
        explanation: 'Cette serrure Lockly n’est reliée à aucune passerelle Wi-Fi\u202f; Seam ne peut donc pas la joindre.',
        action: 'Reliez la serrure à une passerelle Wi-Fi et vérifiez que la passerelle est branchée et en ligne.',
      },
      missing_device_credentials: {
        title: 'Identifiants de l’appareil manquants',
        explanation: 'Les identifiants dont Seam a besoin pour cet appareil sont manquants.',
        action: 'Reconnectez le compte à l’endroit où vous l’aviez connecté au départ, et fournissez les informations demandées.',
      },
      auxiliary_heat_running: {
        title: 'Chauffage d’appoint en marche',
        explanation: 'Le chauffage d’appoint de l’appareil est en marche.',
        action: 'Cela concerne le chauffage de l’appareil, pas ses codes\u00a0: aucune action n’est nécessaire ici.',
      },
      subscription_required: {
        title: 'Abonnement requis',
        explanation: 'Un abonnement est requis pour connecter cet appareil.',
        action: 'Souscrivez ou renouvelez l’abonnement auprès du fournisseur de l’appareil, puis réessayez.',
      },
      bridge_disconnected: {
        title: 'Seam Bridge déconnecté',
        explanation:
          'Seam ne peut pas communiquer avec Seam Bridge, par exemple parce que le programme Seam Bridge s’est arrêté ou que l’ordinateur qui l’exécute est hors ligne.',
        action: 'Vérifiez que l’ordinateur qui exécute Seam Bridge est allumé et en ligne, et que le programme Seam Bridge est en cours d’exécution.',
      },

      delay_in_setting_on_device: {
        title: 'Programmation plus longue que prévu',
        explanation: 'La programmation de ce code sur la serrure prend plus de temps que d’habitude.',
        action: `${refresh} Aucune action n’est nécessaire si elle se termine bientôt.`,
      },
      delay_in_removing_from_device: {
        title: 'Retrait plus long que prévu',
        explanation: 'Le retrait de ce code de la serrure prend plus de temps que d’habitude\u202f; le code peut donc encore fonctionner pour l’instant.',
        action: `${refresh} Aucune action n’est nécessaire si le retrait se termine bientôt.`,
      },
      third_party_integration_detected: {
        title: 'Autre service détecté',
        explanation: 'Un autre service connecté à cette serrure a été détecté. Il peut faire échouer des codes.',
        action: 'Si possible, déconnectez les autres services qui gèrent des codes sur cette serrure, pour que seul Seam le fasse.',
      },
      schlage_detected_duplicate: {
        title: 'Code PIN peut-être en double',
        explanation: 'Schlage a détecté sur cette serrure un autre code avec le même code PIN.',
        action: 'Supprimez l’autre code, ou choisissez un autre code PIN pour ce code.',
      },
      schlage_creation_outage: {
        title: 'Erreur lors de la création du code',
        explanation: 'Schlage a renvoyé une erreur lorsque Seam a tenté de créer ce code.',
        action: 'Patientez un moment, puis vérifiez si le code est sur la serrure. Sinon, supprimez-le et créez-le à nouveau.',
      },
      igloo_algopin_must_be_used_within_24_hours: {
        title: 'À utiliser dans les 24 heures',
        explanation: 'Ce type de code igloo (un algoPIN) doit être utilisé dans les 24 heures.',
        action: 'Assurez-vous que la personne utilise le code dans les 24 heures. Si ce n’est pas possible, créez le code plus près du moment où il sera nécessaire.',
      },
      management_transferred: {
        title: 'Géré par un autre espace de travail',
        explanation: 'La gestion de ce code a été transférée à un autre espace de travail Seam.',
        action: 'Pour le gérer de nouveau d’ici, convertissez-le et choisissez de le reprendre à l’autre espace de travail.',
      },
      code_rotates_periodically: {
        title: 'Code PIN changeant périodiquement',
        explanation: 'Le code PIN de ce code change à chaque renouvellement du code.',
        action: 'Consultez le dernier code PIN avant chaque utilisation, et communiquez celui-là.',
      },
      time_frame_adjusted_for_unknown_time_zone: {
        title: 'Plage horaire élargie d’une heure',
        explanation:
          'Le fuseau horaire de la serrure est inconnu et la plage horaire de ce code comprend un changement d’heure\u202f; une heure a donc été ajoutée à l’une de ses extrémités pour qu’il continue de fonctionner. Le code peut fonctionner jusqu’à une heure en dehors des horaires choisis.',
        action: 'Demandez à la personne qui gère votre compte Seam de définir le fuseau horaire de la serrure\u202f; l’heure supplémentaire sera alors supprimée.',
      },
      external_modification_in_effect: {
        title: 'Modifié en dehors de Seam',
        explanation:
          'Après sa programmation par Seam, ce code a été modifié ou supprimé en dehors de Seam. Les modifications externes sont autorisées pour ce code\u202f; la modification est donc conservée.',
        action: 'Aucune action n’est nécessaire si la modification était voulue. Sinon, modifiez le code ici.',
      },
      using_backup_access_code: {
        title: 'Code de secours utilisé',
        explanation: 'Un code de secours a été attribué et il est utilisé à la place de ce code.',
        action: 'Donnez le code de secours, et non celui-ci, à la personne qui a besoin d’accès.',
      },
      being_deleted: {
        title: 'Suppression en cours',
        explanation: 'Ce code est en cours de suppression.',
        action: 'Aucune action n’est nécessaire.',
      },
      unknown_issue_with_access_code: {
        title: 'Problème inconnu',
        explanation: 'Un problème inconnu est survenu avec ce code.',
        action: 'Consultez les détails fournis par Seam et vérifiez le code sur la serrure. Si le problème persiste, supprimez le code et créez-le à nouveau.',
      },
    },
    issueFallback: {
      errorTitle: 'Problème non reconnu',
      warningTitle: 'Avertissement non reconnu',
      errorExplanation: 'Seam a signalé un problème avec ce code que cette page ne reconnaît pas.',
      warningExplanation: 'Seam a signalé un avertissement concernant ce code que cette page ne reconnaît pas.',
      action: 'Vérifiez le code sur la serrure. Si le problème persiste, contactez la personne qui gère votre compte Seam.',
    },
    status: {
      setting: { label: 'Programmation en cours', meaning: 'Le code est en train d’être programmé sur la serrure.' },
      set: { label: 'Programmé', meaning: 'Sur la serrure et opérationnel.' },
      unset: { label: 'Non programmé', meaning: 'Absent de la serrure, par exemple avant son début prévu ou après sa fin.' },
      removing: { label: 'Retrait en cours', meaning: 'Le code est en train d’être retiré de la serrure.' },
      unknown: {
        label: 'Inconnu',
        meaning: 'Seam ne peut pas savoir si ce code est sur la serrure, par exemple parce que le compte est déconnecté.',
      },
    },
    unknownStatus: {
      label: 'Statut non reconnu',
      meaning: 'Seam a signalé pour ce code un statut que cette page ne reconnaît pas.',
    },
    provider: {
      cannotConvert:
        '{provider} limite ce que Seam peut voir des codes créés en dehors de Seam\u202f; Seam ne peut donc pas reprendre ce code. Vous pouvez le laisser tel quel sur la serrure\u202f; pour avoir un code géré par Seam, créez-en un nouveau dans Seam.',
      hidesPin: '{provider} ne communique pas les codes PIN des codes créés en dehors de Seam\u202f; le code PIN de ce code ne peut donc pas être affiché.',
      noUnmanagedCodes:
        '{provider} ne permet pas de lister les codes créés en dehors de Seam\u202f; si cette serrure en a, ils n’apparaissent donc pas ici.',
      unknownProvider: 'Le fournisseur de la serrure',
    },
    errors: {
      network: 'Impossible de joindre Seam. Vérifiez la connexion et réessayez.',
      timeout: 'Seam n’a pas répondu à temps. Réessayez dans un instant.',
      unexpected: 'Seam a envoyé une réponse que cette page n’a pas pu lire. Réessayez\u202f; si le problème se reproduit, contactez votre administrateur.',
      aborted: 'La requête a été annulée.',
      unauthorized: 'La session a été refusée. Reconnectez-vous ou contactez votre administrateur.',
      httpStatus: 'L’API Seam a répondu {status} {statusText}',
      actionFailed: 'Seam n’a pas pu terminer l’action.',
      requestId: '{message} (identifiant de requête {id}, pour l’assistance Seam)',
    },
    configErrors: {
      missing: 'Aucun identifiant Seam\u00a0: définissez un jeton de session client, ou une clé publiable et une clé d’identifiant utilisateur.',
      conflict: 'Indiquez soit un jeton de session client, soit une clé publiable avec une clé d’identifiant utilisateur, mais pas les deux.',
      'malformed-token': 'Le jeton de session client est mal formé\u00a0: les jetons de session client commencent par «\u00a0seam_cst\u00a0».',
      'missing-publishable-key': 'Une clé d’identifiant utilisateur a été fournie sans clé publiable.',
      'missing-user-identifier-key': 'Une clé publiable a besoin d’une clé d’identifiant utilisateur pour ouvrir une session client.',
      'malformed-key': 'La clé publiable est mal formée\u00a0: les clés publiables commencent par «\u00a0seam_pk\u00a0».',
    },
  },
}

// Data only, no import at run time: the classic script-tag file loads this
// chunk as it is, so it hands its words to the kit through the shared hub
// (LOCALE_HUB in ../load.ts).
;((globalThis as { [hub: symbol]: unknown[] })[Symbol.for('access-code-elements/locales')] ??= []).push(['fr', fr])
